import {
  ACTION_STATUSES,
  ActionPriority,
  DEPARTMENT_KINDS,
  FindingKind,
  LOCALES,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  PlanStatus,
  ROLES,
  Role,
} from '@kompass/shared';

/**
 * Choices for SelectInput/SelectField built from the shared enums. `name` is a translation key:
 * react-admin translates choice names.
 */
export const roleChoices = ROLES.map((role) => ({ id: role, name: `kompass.roles.${role}` }));

/** The roles a coordinator may hand out: everything but admin. */
export const coordinatorRoleChoices = roleChoices.filter((choice) => choice.id !== Role.Admin);

export const departmentKindChoices = DEPARTMENT_KINDS.map((kind) => ({
  id: kind,
  name: `kompass.department_kinds.${kind}`,
}));

export const localeChoices = LOCALES.map((locale) => ({ id: locale, name: `kompass.locales.${locale}` }));

/** Styrka / förbättringsmöjlighet, in the order the reports list them. */
export const findingKindChoices = [FindingKind.Strength, FindingKind.Improvement].map((kind) => ({
  id: kind,
  name: `kompass.finding_kinds.${kind}`,
}));

export const actionStatusChoices = ACTION_STATUSES.map((status) => ({
  id: status,
  name: `kompass.action_statuses.${status}`,
}));

export const actionPriorityChoices = [ActionPriority.Low, ActionPriority.Normal, ActionPriority.High].map(
  (priority) => ({
    id: priority,
    name: `kompass.priorities.${priority}`,
  }),
);

export const planStatusChoices = [PlanStatus.Active, PlanStatus.Closed].map((status) => ({
  id: status,
  name: `kompass.plan_statuses.${status}`,
}));

export const notificationStatusChoices = NOTIFICATION_STATUSES.map((status) => ({
  id: status,
  name: `kompass.notification_statuses.${status}`,
}));

export const notificationKindChoices = NOTIFICATION_KINDS.map((kind) => ({
  id: kind,
  name: `kompass.notification_kinds.${kind}`,
}));

/** "Due within" filter on actions: days from today (the API's `dueWithinDays`); the filter words them. */
export const DUE_WITHIN_DAYS = [7, 30, 90];
