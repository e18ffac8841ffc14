import { useCanAccess, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box, Button, CircularProgress, Typography } from '@mui/material';
import { ReportSection, TableAndChart } from './ReportSection';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import ReportIcon from '@mui/icons-material/InsightsOutlined';
import type { ActionPlanRecord, ComparedEvaluation, ComparisonWarning, ReevaluationReport } from '@kompass/shared';
import { formatDateTime, useDownload } from '../common';
import { EmptyState } from '../common/EmptyState';
import { useApiGet } from '../common/query';
import { AreaDeltaTable, QuestionDeltaTable } from './DeltaTables';
import { ReportInsightsView } from './ReportInsights';
import { ReportRadar } from './LazyRadar';
import { formatDelta, Verdict } from './Verdict';

const when = (e: ComparedEvaluation) => (e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date);

function warningText(
  warning: ComparisonWarning,
  report: ReevaluationReport,
  translate: (key: string, options?: object) => string,
) {
  const label = warning.evaluation === 'followUp' ? report.followUp.label : report.baseline.label;
  const key = `kompass.report.warning_${warning.code}`;
  return translate(key, {
    _: warning.message,
    label,
    area: warning.area,
    code: warning.questionCode,
    stated: warning.stated,
    derived: warning.derived,
  });
}

/** No re-evaluation linked yet: import it, then link it on this page. */
const ReportEmpty = () => {
  const { canAccess: mayLink } = useCanAccess({ action: 'edit', resource: 'action-plans' });
  return (
    <EmptyState
      id="report-empty"
      icon={ReportIcon}
      title="kompass.report.empty_title"
      text={mayLink ? 'kompass.report.empty_text_link' : 'kompass.report.empty_text_wait'}
      action={mayLink ? { to: '/evaluations/create', label: 'kompass.report.go_import' } : undefined}
      plain
    />
  );
};

const Downloads = ({ planId }: { planId: number }) => {
  const translate = useTranslate();
  const [download, pending] = useDownload();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<DownloadIcon />}
        disabled={pending}
        onClick={() => download(`/api/action-plans/${planId}/report.pdf`, `omvardering-${planId}.pdf`)}
      >
        {translate('kompass.report.download_pdf')}
      </Button>
      <Button
        variant="outlined"
        size="small"
        startIcon={<DownloadIcon />}
        disabled={pending}
        onClick={() => download(`/api/action-plans/${planId}/report.xlsx`, `omvardering-${planId}.xlsx`)}
      >
        {translate('kompass.report.download_xlsx')}
      </Button>
    </Box>
  );
};

/** The re-evaluation report: totals, the radar before/after, the delta tables, the insights, and the files. */
export const ReportView = ({ report }: { report: ReevaluationReport }) => {
  const translate = useTranslate();
  const { baseline, followUp, total } = report;
  // The caveat stands above the warnings; its English twin in `warnings` says the same.
  const warnings = report.warnings.filter((w) => w.code !== 'different-revisions');
  const totalVerdict =
    total.delta === null ? null : total.delta > 0 ? 'improved' : total.delta < 0 ? 'declined' : 'unchanged';
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box component="section" aria-labelledby="report-heading">
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
          <Typography id="report-heading" component="h2" variant="h6" sx={{ flex: 1, minWidth: 260 }}>
            {translate('kompass.report.heading', { before: baseline.label, after: followUp.label })}
          </Typography>
          <Downloads planId={report.plan.id} />
        </Box>
        <Typography>
          {translate('kompass.report.compared', {
            before: `${baseline.label} (${when(baseline)})`,
            after: `${followUp.label} (${when(followUp)})`,
          })}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 1 }} data-testid="report-total">
          <Typography component="p" variant="h5" sx={{ fontWeight: 600 }}>
            {`${total.before ?? '–'} → ${total.after ?? '–'}`}
          </Typography>
          <Typography component="p" variant="h6">
            {translate('kompass.report.total_delta', { delta: formatDelta(total.delta), max: total.max })}
          </Typography>
          <Verdict verdict={totalVerdict} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate('kompass.report.generated', { at: formatDateTime(report.generatedAt) })}
        </Typography>
        {report.level === 'area' && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {translate('kompass.report.area_level')}
          </Alert>
        )}
        {report.level === 'crosswalk' && (
          <Alert severity="warning" sx={{ mt: 1 }} data-testid="report-caveat">
            <AlertTitle>{translate('kompass.crosswalks.caveat')}</AlertTitle>
            {translate('kompass.crosswalks.report_level', {
              before: baseline.frameworkCode,
              after: followUp.frameworkCode,
            })}
          </Alert>
        )}
        {warnings.length > 0 && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {warnings.map((warning, index) => (
                <li key={index}>{warningText(warning, report, translate)}</li>
              ))}
            </Box>
          </Alert>
        )}
      </Box>

      <ReportSection id="report-areas-heading" title={translate('kompass.report.areas_heading')}>
        <TableAndChart>
          <AreaDeltaTable
            areas={report.areas}
            total={report.total}
            labelledBy="report-areas-heading"
            actions={report.actions}
          />
          <ReportRadar report={report} />
        </TableAndChart>
      </ReportSection>

      {report.questions.length > 0 && (
        <ReportSection id="report-questions-heading" title={translate('kompass.report.questions_heading')}>
          <QuestionDeltaTable
            questions={report.questions}
            labelledBy="report-questions-heading"
            actions={report.actions}
          />
        </ReportSection>
      )}

      <ReportInsightsView insights={report.insights} level={report.level} />
    </Box>
  );
};

/** The plan's report tab: the report once a re-evaluation is linked; until then, how to get there. */
const PlanReport = ({ plan }: { plan: ActionPlanRecord }) => {
  const translate = useTranslate();
  const linked = plan.followUpEvaluationId !== null;
  const {
    data: report,
    error,
    isPending,
  } = useApiGet<ReevaluationReport>(
    linked ? `/action-plans/${plan.id}/report` : null,
    // The plan record changes when the link does; a stale report must not linger
    { staleTime: 0 },
  );
  if (!linked) return <ReportEmpty />;
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error || !report)
    return <Alert severity="error">{error?.message ?? translate('ra.notification.http_error')}</Alert>;
  return <ReportView report={report} />;
};

export default PlanReport;
