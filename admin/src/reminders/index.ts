import { lazy } from 'react';

/** "Påminnelser": a custom route (/reminders) for coordinators and admins. */
export const RemindersPage = lazy(() => import('./RemindersPage'));
