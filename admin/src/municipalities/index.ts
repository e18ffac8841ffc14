import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MunicipalityIcon from '@mui/icons-material/AccountBalanceOutlined';

/** Kommuner. Admin only (see access.ts). Pages load on demand. */
export const municipalities = {
  list: lazy(() => import('./MunicipalityList')),
  create: lazy(() => import('./MunicipalityCreate')),
  edit: lazy(() => import('./MunicipalityEdit')),
  icon: MunicipalityIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;

export default municipalities;
