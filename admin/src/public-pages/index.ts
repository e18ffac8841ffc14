import { lazy } from 'react';

/** The plan's public page settings: a custom route (/action-plans/:id/publication) for coordinators. */
export const PublicationPage = lazy(() => import('./PublicationPage'));
