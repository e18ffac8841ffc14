import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { Chip, type ChipProps } from '@mui/material';
import NotStartedIcon from '@mui/icons-material/RadioButtonUncheckedOutlined';
import InProgressIcon from '@mui/icons-material/AutorenewOutlined';
import BlockedIcon from '@mui/icons-material/BlockOutlined';
import DoneIcon from '@mui/icons-material/CheckCircleOutlined';
import CancelledIcon from '@mui/icons-material/CancelOutlined';
import OverdueIcon from '@mui/icons-material/ReportProblemOutlined';
import QueuedIcon from '@mui/icons-material/ScheduleOutlined';
import SentIcon from '@mui/icons-material/MarkEmailReadOutlined';
import FailedIcon from '@mui/icons-material/ErrorOutlined';
import { ActionStatus, NotificationStatus, PlanStatus } from '@kompass/shared';

/**
 * Status chips: an icon and a word, so colour is never the only cue (WCAG 1.4.1). Outlined chips keep
 * the theme's colours as text on white, which meet 4.5:1.
 */
type Look = { icon: ReactElement; color: ChipProps['color'] };

/** Small and outlined, with the icon and colour of its status. */
const StatusChip = ({ look, ...props }: { look: Look } & ChipProps) => (
  <Chip size="small" variant="outlined" icon={look.icon} color={look.color} {...props} />
);

const ACTION_LOOK: Record<ActionStatus, Look> = {
  [ActionStatus.NotStarted]: { icon: <NotStartedIcon />, color: 'default' },
  [ActionStatus.InProgress]: { icon: <InProgressIcon />, color: 'info' },
  [ActionStatus.Blocked]: { icon: <BlockedIcon />, color: 'warning' },
  [ActionStatus.Done]: { icon: <DoneIcon />, color: 'success' },
  [ActionStatus.Cancelled]: { icon: <CancelledIcon />, color: 'default' },
};

export const ActionStatusChip = ({ status }: { status: ActionStatus }) => {
  const translate = useTranslate();
  return (
    <StatusChip
      look={ACTION_LOOK[status] ?? ACTION_LOOK[ActionStatus.NotStarted]}
      label={translate(`kompass.action_statuses.${status}`)}
      data-status={status}
    />
  );
};

/** "Försenad": the deadline has passed and the action is neither done nor cancelled. */
export const OverdueChip = () => {
  const translate = useTranslate();
  return (
    <StatusChip
      look={{ icon: <OverdueIcon />, color: 'error' }}
      label={translate('kompass.actions.overdue')}
      data-testid="overdue-chip"
    />
  );
};

export const PlanStatusChip = ({ status }: { status: PlanStatus }) => {
  const translate = useTranslate();
  const active = status === PlanStatus.Active;
  return (
    <StatusChip
      look={{ icon: active ? <InProgressIcon /> : <DoneIcon />, color: active ? 'info' : 'default' }}
      label={translate(`kompass.plan_statuses.${status}`)}
    />
  );
};

const NOTIFICATION_LOOK: Record<NotificationStatus, Look> = {
  [NotificationStatus.Queued]: { icon: <QueuedIcon />, color: 'default' },
  [NotificationStatus.Sent]: { icon: <SentIcon />, color: 'success' },
  [NotificationStatus.Failed]: { icon: <FailedIcon />, color: 'error' },
};

export const NotificationStatusChip = ({ status }: { status: NotificationStatus }) => {
  const translate = useTranslate();
  return (
    <StatusChip
      look={NOTIFICATION_LOOK[status] ?? NOTIFICATION_LOOK[NotificationStatus.Queued]}
      label={translate(`kompass.notification_statuses.${status}`)}
    />
  );
};
