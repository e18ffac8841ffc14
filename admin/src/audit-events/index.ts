import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AuditIcon from '@mui/icons-material/HistoryOutlined';

/** Logghändelser: the audit trail, read-only. */
export const auditEvents = {
  list: lazy(() => import('./AuditEventList')),
  icon: AuditIcon,
} satisfies Omit<ResourceProps, 'name'>;

export default auditEvents;
