import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import FindingIcon from '@mui/icons-material/FactCheckOutlined';

/** Iakttagelser: the strengths and improvements of evaluations. Coordinators link them to sub-questions. */
export const findings = {
  list: lazy(() => import('./FindingList')),
  edit: lazy(() => import('./FindingEdit')),
  icon: FindingIcon,
  recordRepresentation: 'text',
} satisfies Omit<ResourceProps, 'name'>;

export default findings;
