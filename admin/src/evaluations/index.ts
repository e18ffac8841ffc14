import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import EvaluationIcon from '@mui/icons-material/AssessmentOutlined';

/**
 * Utvärderingar: imported Kommunkompassen results. `create` is the import wizard; admins and
 * coordinators import and correct (see access.ts). Pages load on demand.
 */
export const evaluations = {
  list: lazy(() => import('./EvaluationList')),
  show: lazy(() => import('./EvaluationShow')),
  create: lazy(() => import('./ImportWizard')),
  icon: EvaluationIcon,
  recordRepresentation: 'label',
} satisfies Omit<ResourceProps, 'name'>;

export default evaluations;
