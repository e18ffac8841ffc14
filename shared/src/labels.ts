import { ActionPriority, ActionStatus } from './enums';

/** Swedish first: the words coordinators and department heads use. */
export const ACTION_STATUS_LABELS: Record<'sv' | 'en', Record<ActionStatus, string>> = {
  sv: {
    [ActionStatus.NotStarted]: 'Ej påbörjad',
    [ActionStatus.InProgress]: 'Pågår',
    [ActionStatus.Blocked]: 'Blockerad',
    [ActionStatus.Done]: 'Klar',
    [ActionStatus.Cancelled]: 'Avbruten',
  },
  en: {
    [ActionStatus.NotStarted]: 'Not started',
    [ActionStatus.InProgress]: 'In progress',
    [ActionStatus.Blocked]: 'Blocked',
    [ActionStatus.Done]: 'Done',
    [ActionStatus.Cancelled]: 'Cancelled',
  },
};

export const ACTION_PRIORITY_LABELS: Record<'sv' | 'en', Record<ActionPriority, string>> = {
  sv: { [ActionPriority.Low]: 'Låg', [ActionPriority.Normal]: 'Normal', [ActionPriority.High]: 'Hög' },
  en: { [ActionPriority.Low]: 'Low', [ActionPriority.Normal]: 'Normal', [ActionPriority.High]: 'High' },
};
