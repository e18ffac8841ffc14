import { lazy } from 'react';

/** The start page, loaded on demand like every other page (it pulls in evaluation widgets). */
export const Dashboard = lazy(() => import('./Dashboard').then((module) => ({ default: module.Dashboard })));
