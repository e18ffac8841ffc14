import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import ActionIcon from '@mui/icons-material/TaskAltOutlined';

/**
 * Åtgärder. The edit page is the action page for those who report on it (coordinators; department
 * heads on their own and their department's), `show` the same page read-only.
 */
export const actions = {
  list: lazy(() => import('./ActionList')),
  edit: lazy(() => import('./ActionEdit')),
  show: lazy(() => import('./ActionShow')),
  create: lazy(() => import('./ActionCreate')),
  icon: ActionIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;

export default actions;
