import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MailIcon from '@mui/icons-material/MailOutlined';

/** Utkorg: the reminder mails (the reminders module sends them; this only lists them). */
export const notifications = {
  list: lazy(() => import('./NotificationList')),
  icon: MailIcon,
} satisfies Omit<ResourceProps, 'name'>;

export default notifications;
