import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import DepartmentIcon from '@mui/icons-material/ApartmentOutlined';

/** Förvaltningar, nämnder och bolag. Admin and coordinators write (see access.ts). Pages load on demand. */
export const departments = {
  list: lazy(() => import('./DepartmentList')),
  create: lazy(() => import('./DepartmentCreate')),
  edit: lazy(() => import('./DepartmentEdit')),
  icon: DepartmentIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;

export default departments;
