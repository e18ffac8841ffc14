import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { ComparisonLevel, ReportInsight, ReportInsights } from '@kompass/shared';
import { actionsSummary } from './DeltaTables';
import { formatDelta } from './Verdict';

const GROUPS: (keyof ReportInsights)[] = [
  'improvedWithDoneActions',
  'improvedWithPlannedActions',
  'improvedWithoutActions',
  'unchangedDespiteDoneActions',
  'declined',
];

const InsightLine = ({ insight }: { insight: ReportInsight }) => {
  const translate = useTranslate();
  return (
    <li>
      <strong>{insight.code ?? translate('kompass.report.area_short', { number: insight.area })}</strong> ”
      {insight.text}”{' '}
      {translate('kompass.report.insight_scores', {
        before: insight.before ?? '–',
        after: insight.after ?? '–',
        max: insight.max,
        delta: formatDelta(insight.delta),
      })}
      {', '}
      {actionsSummary(insight.actions, insight.doneActions, translate)}
    </li>
  );
};

/** What the numbers suggest: improved with actions done, with actions under way, without actions; unchanged despite done actions; declined. */
export const ReportInsightsView = ({ insights, level }: { insights: ReportInsights; level: ComparisonLevel }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="report-insights-heading">
      <Typography id="report-insights-heading" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('kompass.report.insights_heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(level !== 'question' ? 'kompass.report.insights_intro_area' : 'kompass.report.insights_intro')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        {GROUPS.map((group) => (
          <Box key={group} component="section" aria-labelledby={`insight-${group}`} data-testid={`insight-${group}`}>
            <Typography id={`insight-${group}`} component="h4" variant="subtitle2" sx={{ fontWeight: 600 }}>
              {translate(`kompass.report.insight_${group}`, { smart_count: insights[group].length })}
            </Typography>
            {insights[group].length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('kompass.report.insight_none')}
              </Typography>
            ) : (
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {insights[group].map((insight) => (
                  <InsightLine key={`${insight.code ?? insight.area}`} insight={insight} />
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
