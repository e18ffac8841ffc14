import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import SsoIcon from '@mui/icons-material/VpnKeyOutlined';

/** Each municipality's single sign-on (OpenID Connect). Admin only (see access.ts). */
export const oidcConnections = {
  list: lazy(() => import('./OidcConnectionList')),
  create: lazy(() => import('./OidcConnectionCreate')),
  edit: lazy(() => import('./OidcConnectionEdit')),
  icon: SsoIcon,
  recordRepresentation: 'displayName',
} satisfies Omit<ResourceProps, 'name'>;

export default oidcConnections;
