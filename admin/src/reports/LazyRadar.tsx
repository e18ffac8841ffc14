import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslate } from 'react-admin';
import type { PlanReadiness, ReevaluationReport } from '@kompass/shared';

const RadarChart = lazy(() => import('./RadarChart'));

/** The radar chart, loaded on first use: pages that show no chart never load its code. */
export const LazyRadar = (props: ComponentProps<typeof RadarChart>) => (
  <Suspense fallback={<div style={{ minHeight: 320 }} />}>
    <RadarChart {...props} />
  </Suspense>
);

/** The re-evaluation report's radar: every area before and after. */
export const ReportRadar = ({ report }: { report: ReevaluationReport }) => {
  const translate = useTranslate();
  const { baseline, followUp } = report;
  return (
    <LazyRadar
      title={translate('kompass.report.radar_title', { before: baseline.label, after: followUp.label })}
      beforeLabel={translate('kompass.report.series_before', { label: baseline.label })}
      afterLabel={translate('kompass.report.series_after', { label: followUp.label })}
      axes={report.areas.map((a) => ({
        label: `${a.area}. ${a.name}`,
        max: a.max,
        before: a.before,
        after: a.after,
      }))}
      describe={(axis) =>
        translate('kompass.report.radar_axis', {
          label: axis.label,
          before: axis.before ?? '–',
          after: axis.after ?? '–',
          max: axis.max,
        })
      }
    />
  );
};

/** The readiness radar: the baseline by area, before any re-evaluation. */
export const ReadinessRadar = ({ readiness }: { readiness: PlanReadiness }) => {
  const translate = useTranslate();
  return (
    <LazyRadar
      title={translate('kompass.readiness.radar_title', { label: readiness.baseline.label })}
      beforeLabel={readiness.baseline.label}
      axes={readiness.areas.map((a) => ({ label: `${a.area}. ${a.name}`, max: a.max, before: a.baseline }))}
      describe={(axis) =>
        translate('kompass.readiness.radar_axis', { label: axis.label, before: axis.before ?? '–', max: axis.max })
      }
    />
  );
};
