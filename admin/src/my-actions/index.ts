import { lazy } from 'react';

/** "Mina åtgärder": a custom route (/my-actions) for department heads. */
export const MyActions = lazy(() => import('./MyActions'));
