import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import FrameworkIcon from '@mui/icons-material/MenuBookOutlined';

/** Ramverk (Kommunkompassen versions): read-only here. Pages load on demand. */
export const frameworks = {
  list: lazy(() => import('./FrameworkList')),
  show: lazy(() => import('./FrameworkShow')),
  icon: FrameworkIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;

export default frameworks;
