import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MailIcon from '@mui/icons-material/MailOutlined';

/** Utkorg: the reminder mails (the reminders module sends them); each opens with its bodies as sent. */
export const notifications = {
  list: lazy(() => import('./NotificationList')),
  show: lazy(() => import('./NotificationShow')),
  icon: MailIcon,
} satisfies Omit<ResourceProps, 'name'>;

export default notifications;
