import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import PlanIcon from '@mui/icons-material/ListAltOutlined';

/**
 * Handlingsplaner: made from an evaluation's improvement items, followed up by linking the re-evaluation.
 * The plan page (`show`) has the actions, progress per area, timeline, readiness and the report.
 */
export const actionPlans = {
  list: lazy(() => import('./ActionPlanList')),
  show: lazy(() => import('./ActionPlanShow')),
  edit: lazy(() => import('./ActionPlanEdit')),
  icon: PlanIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;

export default actionPlans;
