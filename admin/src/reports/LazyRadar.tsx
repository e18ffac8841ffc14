import { lazy, Suspense, type ComponentProps } from 'react';

const RadarChart = lazy(() => import('./RadarChart'));

/** The radar chart, loaded on first use: pages that show no chart never load its code. */
export const LazyRadar = (props: ComponentProps<typeof RadarChart>) => (
  <Suspense fallback={<div style={{ minHeight: 320 }} />}>
    <RadarChart {...props} />
  </Suspense>
);
