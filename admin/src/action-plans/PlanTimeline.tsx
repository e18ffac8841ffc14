import { Fragment } from 'react';
import { Link, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Box, CircularProgress, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/FlagOutlined';
import TodayIcon from '@mui/icons-material/TodayOutlined';
import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
import { formatDate } from '../common';
import { ActionStatusCell } from '../actions/ActionColumns';

type Entry =
  | { kind: 'action'; date: string; action: ActionRecord }
  | { kind: 'today'; date: string }
  | { kind: 'reevaluation'; date: string };

/** "november 2026" in the UI language (dates themselves stay Swedish: 2026-11-27). */
function monthName(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

function todayIso(): string {
  return formatDate(new Date());
}

const Marker = ({ kind }: { kind: Entry['kind'] }) => (
  <Box
    aria-hidden="true"
    sx={{
      position: 'absolute',
      // centred on the list's 2px line: 32px padding + 1px, minus half of 14px + 2 × 2px border
      left: -42,
      top: 6,
      width: 14,
      height: 14,
      borderRadius: kind === 'action' ? '50%' : 0,
      bgcolor: kind === 'reevaluation' ? 'secondary.main' : kind === 'today' ? 'warning.main' : 'background.paper',
      border: '2px solid',
      borderColor: kind === 'action' ? 'primary.main' : 'transparent',
    }}
  />
);

/**
 * The plan's deadlines month by month up to the planned re-evaluation, with today marked. A list of lists
 * (months, then deadlines), so it reads in order without the line and dots, which are decoration.
 */
export const PlanTimeline = ({ plan }: { plan: ActionPlanRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: actions = [], isPending } = useGetList<ActionRecord>('actions', {
    filter: { planId: plan.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'deadline', order: 'ASC' },
  });
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;

  const today = todayIso();
  const entries: Entry[] = [
    ...actions.map((action) => ({ kind: 'action' as const, date: action.deadline, action })),
    { kind: 'today', date: today },
    { kind: 'reevaluation', date: plan.plannedReEvaluationDate },
  ];
  // Same day: actions first, then today, then the re-evaluation
  const order = { action: 0, today: 1, reevaluation: 2 };
  entries.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind]);
  const months = new Map<string, Entry[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }

  return (
    <Box component="section" aria-labelledby="plan-timeline-heading">
      <Typography id="plan-timeline-heading" component="h2" variant="h6" gutterBottom>
        {translate('kompass.plans.timeline_heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('kompass.plans.timeline_intro', { date: formatDate(plan.plannedReEvaluationDate) })}
      </Typography>
      {actions.length === 0 && <Typography sx={{ mb: 2 }}>{translate('kompass.plans.timeline_empty')}</Typography>}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, pl: 4, borderLeft: '2px solid #8a94a3', ml: 1 }}>
        {[...months.entries()].map(([month, items]) => (
          <Box component="li" key={month} sx={{ mb: 2 }}>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, textTransform: 'capitalize' }}>
              {monthName(month, locale)}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {items.map((entry, index) => (
                <Box
                  component="li"
                  key={entry.kind === 'action' ? `a${entry.action.id}` : `${entry.kind}${index}`}
                  sx={{
                    position: 'relative',
                    py: 0.5,
                    display: 'flex',
                    gap: 1.5,
                    alignItems: 'center',
                    flexWrap: 'wrap',
                  }}
                  data-kind={entry.kind}
                >
                  <Marker kind={entry.kind} />
                  <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: '6.5em' }}>
                    {formatDate(entry.date)}
                  </Box>
                  {entry.kind === 'action' ? (
                    <Fragment>
                      <Link to={`/actions/${entry.action.id}/show`}>{entry.action.title}</Link>
                      <ActionStatusCell record={entry.action} />
                      {entry.date > plan.plannedReEvaluationDate && (
                        <Typography component="span" variant="body2" sx={{ color: 'warning.main', fontWeight: 500 }}>
                          {translate('kompass.plans.after_reevaluation')}
                        </Typography>
                      )}
                    </Fragment>
                  ) : (
                    <Box component="strong" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                      {entry.kind === 'today' ? (
                        <TodayIcon fontSize="small" aria-hidden="true" />
                      ) : (
                        <FlagIcon fontSize="small" aria-hidden="true" />
                      )}
                      {translate(entry.kind === 'today' ? 'kompass.plans.today' : 'kompass.plans.planned_reevaluation')}
                    </Box>
                  )}
                </Box>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
