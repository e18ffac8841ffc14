import { useState } from 'react';
import { EditButton, Link, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import LinkIcon from '@mui/icons-material/LinkOutlined';
import type { ActionPlanRecord, EvaluationSummary, PlanSummary } from '@kompass/shared';
import { formatDate, useDownload } from '../common';
import { PlanClosedNote } from '../dashboard/Widgets';
import { PlanStatusChip } from '../common/StatusChips';
import { Fact } from '../evaluations/EvaluationFacts';
import { formatEvaluatedAt } from '../evaluations/format';
import { LinkFollowUpDialog } from './LinkFollowUpDialog';
import { CarryOverDialog } from './CarryOverDialog';

/** "om 312 dagar" / "i dag" / "för 12 dagar sedan" */
export function daysText(days: number, translate: (key: string, options?: object) => string): string {
  if (days === 0) return translate('kompass.plans.days_today');
  return days > 0
    ? translate('kompass.plans.days_left', { smart_count: days })
    : translate('kompass.plans.days_ago', { smart_count: -days });
}

const EvaluationLink = ({ id }: { id: number }) => {
  const { data } = useGetOne<EvaluationSummary>('evaluations', { id });
  if (!data) return <span>…</span>;
  return <Link to={`/evaluations/${id}/show`}>{`${data.label} (${formatEvaluatedAt(data)})`}</Link>;
};

/** The plan in brief: title, baseline, planned re-evaluation and how far off it is, exports, and the re-evaluation link. */
export const PlanHeader = ({ plan, summary }: { plan: ActionPlanRecord; summary?: PlanSummary }) => {
  const translate = useTranslate();
  const [download, downloading] = useDownload();
  const { canAccess: mayEdit } = useCanAccess({ action: 'edit', resource: 'action-plans', record: plan });
  const [linking, setLinking] = useState(false);
  const [carrying, setCarrying] = useState(false);
  return (
    <Card component="section" aria-labelledby="plan-heading">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <Typography id="plan-heading" component="h1" variant="h5" sx={{ flex: 1, minWidth: 240 }}>
            {plan.title}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              disabled={downloading}
              onClick={() => download(`/api/action-plans/${plan.id}/export.xlsx`, `handlingsplan-${plan.id}.xlsx`)}
            >
              {translate('kompass.plans.export_xlsx')}
            </Button>
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              disabled={downloading}
              onClick={() => download(`/api/action-plans/${plan.id}/export.csv`, `handlingsplan-${plan.id}.csv`)}
            >
              {translate('kompass.plans.export_csv')}
            </Button>
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              disabled={downloading}
              data-testid="readiness-pdf"
              onClick={() => download(`/api/action-plans/${plan.id}/readiness.pdf`, `infor-omvardering-${plan.id}.pdf`)}
            >
              {translate('kompass.briefing.download')}
            </Button>
            {mayEdit && (
              <Button size="small" component={Link} to={`/action-plans/${plan.id}/publication`}>
                {translate('kompass.public_page.open_button')}
              </Button>
            )}
            {mayEdit && <EditButton record={plan} resource="action-plans" />}
          </Box>
        </Box>
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
        >
          <Fact term={translate('resources.action-plans.fields.baselineEvaluationId')}>
            <EvaluationLink id={plan.baselineEvaluationId} />
          </Fact>
          <Fact term={translate('resources.action-plans.fields.plannedReEvaluationDate')}>
            <span data-testid="plan-re-evaluation">
              {formatDate(plan.plannedReEvaluationDate)}
              {summary && !plan.followUpEvaluationId && ` (${daysText(summary.daysToReEvaluation, translate)})`}
            </span>
          </Fact>
          <Fact term={translate('resources.action-plans.fields.status')}>
            <PlanStatusChip status={plan.status} />
          </Fact>
          <Fact term={translate('resources.action-plans.fields.followUpEvaluationId')}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              {plan.followUpEvaluationId ? (
                <EvaluationLink id={plan.followUpEvaluationId} />
              ) : (
                <span>{translate('kompass.plans.no_follow_up')}</span>
              )}
              {mayEdit && (
                <Button size="small" startIcon={<LinkIcon />} onClick={() => setLinking(true)}>
                  {translate(plan.followUpEvaluationId ? 'kompass.plans.change_link' : 'kompass.plans.link')}
                </Button>
              )}
              {mayEdit && plan.followUpEvaluationId && (
                <Button size="small" onClick={() => setCarrying(true)}>
                  {translate('kompass.carry_over.button')}
                </Button>
              )}
            </Box>
          </Fact>
          {plan.description && (
            <Fact term={translate('resources.action-plans.fields.description')}>{plan.description}</Fact>
          )}
        </Box>
        <PlanClosedNote plan={plan} />
      </CardContent>
      {linking && <LinkFollowUpDialog plan={plan} onClose={() => setLinking(false)} />}
      {carrying && <CarryOverDialog plan={plan} onClose={() => setCarrying(false)} />}
    </Card>
  );
};
