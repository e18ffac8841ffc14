import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import UserIcon from '@mui/icons-material/PeopleOutlined';

/** Användare. Admin and coordinators write (see access.ts). Pages load on demand. */
export const users = {
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: UserIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;

export default users;
