import { useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ReadinessAreaTable } from './ReadinessAreaTable';
import { ReportSection, TableAndChart } from './ReportSection';
import type { ActionPlanRecord, PlanReadiness as Readiness } from '@kompass/shared';
import { formatDate } from '../common';
import { useApiGet } from '../common/query';
import { daysText } from '../action-plans/PlanHeader';
import { ReadinessRadar } from './LazyRadar';
import { NextRevisionReadiness } from './NextRevisionReadiness';

const Figure = ({ value, label, testId }: { value: number | string; label: string; testId?: string }) => (
  <Box sx={{ minWidth: 140 }} data-testid={testId}>
    <Typography component="p" variant="h5" sx={{ fontWeight: 600 }}>
      {value}
    </Typography>
    <Typography variant="body2">{label}</Typography>
  </Box>
);

/** Leadership's view before the next round: days left, the baseline by area, and where improvement items lack actions. */
export const ReadinessView = ({ readiness }: { readiness: Readiness }) => {
  const translate = useTranslate();
  const { totals } = readiness;
  const byCode = new Map(readiness.questions.map((q) => [q.code, q]));
  // In the API's order: most points left to gain first
  const lacking = readiness.questionsWithoutActions.map((code) => byCode.get(code)!);
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box component="section" aria-labelledby="readiness-heading">
        <Typography id="readiness-heading" component="h2" variant="h6" gutterBottom>
          {translate('kompass.readiness.heading')}
        </Typography>
        <Typography sx={{ mb: 2 }} data-testid="readiness-days">
          {translate('kompass.readiness.planned', {
            date: formatDate(readiness.plan.plannedReEvaluationDate),
            days: daysText(readiness.daysToReEvaluation, translate),
          })}
        </Typography>
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
          <Figure
            value={totals.improvementItems}
            label={translate('kompass.readiness.improvement_items', { smart_count: totals.improvementItems })}
          />
          <Figure value={totals.unansweredItems} label={translate('kompass.readiness.unanswered_items')} />
          <Figure
            value={totals.actionsPlanned}
            label={translate('kompass.readiness.actions_planned', { smart_count: totals.actionsPlanned })}
          />
          <Figure
            value={totals.actionsDone}
            label={translate('kompass.readiness.actions_done', { smart_count: totals.actionsDone })}
          />
          <Figure
            value={totals.questionsWithoutActions}
            label={translate('kompass.readiness.questions_lacking', { smart_count: totals.questionsWithoutActions })}
            testId="readiness-questions-without"
          />
        </Box>
      </Box>

      <ReportSection
        id="readiness-areas-heading"
        title={translate('kompass.readiness.areas_heading', { label: readiness.baseline.label })}
      >
        <TableAndChart>
          <ReadinessAreaTable labelledBy="readiness-areas-heading" areas={readiness.areas} />
          <ReadinessRadar readiness={readiness} />
        </TableAndChart>
      </ReportSection>

      {readiness.nextRevision && <NextRevisionReadiness next={readiness.nextRevision} />}

      <ReportSection id="readiness-lacking-heading" title={translate('kompass.readiness.lacking_heading')}>
        {lacking.length === 0 ? (
          <Alert severity="success">{translate('kompass.readiness.lacking_none')}</Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="readiness-lacking-summary">
              {translate('kompass.readiness.lacking_summary', {
                smart_count: lacking.length,
                with_items: totals.questionsLackingActions,
              })}
            </Typography>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-labelledby="readiness-lacking-heading" data-testid="readiness-lacking">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('kompass.readiness.col_question')}</TableCell>
                    <TableCell align="right">{translate('kompass.readiness.col_baseline')}</TableCell>
                    <TableCell align="right">{translate('kompass.readiness.col_to_gain')}</TableCell>
                    <TableCell>{translate('kompass.readiness.col_kind')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {lacking.map((q) => (
                    <TableRow key={q.code} data-code={q.code}>
                      <TableCell component="th" scope="row">
                        <strong>{q.code}</strong> {q.text}
                      </TableCell>
                      <TableCell align="right">{`${q.baseline ?? '–'}/${q.max}`}</TableCell>
                      <TableCell align="right">{q.pointsToGain ?? '–'}</TableCell>
                      <TableCell sx={{ color: q.improvementItems ? 'error.main' : undefined }}>
                        {q.improvementItems
                          ? translate('kompass.readiness.has_items', { smart_count: q.improvementItems })
                          : translate('kompass.readiness.no_items')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </ReportSection>
    </Box>
  );
};

const PlanReadiness = ({ plan }: { plan: ActionPlanRecord }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useApiGet<Readiness>(`/action-plans/${plan.id}/readiness`);
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error || !data)
    return <Alert severity="error">{error?.message ?? translate('ra.notification.http_error')}</Alert>;
  return <ReadinessView readiness={data} />;
};

export default PlanReadiness;
