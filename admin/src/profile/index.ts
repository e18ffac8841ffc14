import { lazy } from 'react';

/** "Min profil": a custom route (/profile), opened from the user menu. */
export const ProfilePage = lazy(() => import('./ProfilePage'));
