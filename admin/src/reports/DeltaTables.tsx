import { Link, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  ACTION_STATUSES,
  ActionStatus,
  isActiveStatus,
  type ActionCounts,
  type ReportAction,
  type ReportAreaDelta,
  type ReportQuestionDelta,
  type ScoreDelta,
} from '@kompass/shared';
import { formatDelta, Verdict } from './Verdict';

const points = (value: number | null, max: number) => `${value ?? '–'}/${max}`;

type Translate = (key: string, options?: object) => string;

/** "3 åtgärder, 1 klar": each number with the word that agrees with it; cancelled ones are left out. */
export function actionsSummary(active: number, done: number, translate: Translate): string {
  if (active === 0) return translate('kompass.report.no_actions');
  return `${translate('kompass.counts.actions', { smart_count: active })}, ${translate('kompass.counts.done', { smart_count: done })}`;
}

export function actionsText(counts: ActionCounts, translate: Translate): string {
  const active = ACTION_STATUSES.filter(isActiveStatus).reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return actionsSummary(active, counts[ActionStatus.Done] ?? 0, translate);
}

/** The count, then each action by name with its status, linked to its page (as the PDF lists them). */
const ActionsCell = ({
  counts,
  ids,
  byId,
}: {
  counts: ActionCounts;
  ids: number[];
  byId: Map<number, ReportAction>;
}) => {
  const translate = useTranslate();
  const actions = ids.map((id) => byId.get(id)).filter((a): a is ReportAction => a !== undefined);
  return (
    <TableCell sx={{ minWidth: 220 }}>
      {actionsText(counts, translate)}
      {actions.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`/actions/${a.id}/show`}>{a.title}</Link> (
              {translate(`kompass.action_statuses.${a.status}`, { _: a.status }).toLowerCase()})
            </li>
          ))}
        </Box>
      )}
    </TableCell>
  );
};

const DeltaCells = ({ row }: { row: ScoreDelta & { verdict: ReportAreaDelta['verdict'] } }) => (
  <>
    <TableCell align="right">{points(row.before, row.max)}</TableCell>
    <TableCell align="right">{points(row.after, row.max)}</TableCell>
    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatDelta(row.delta)}
    </TableCell>
    <TableCell>
      <Verdict verdict={row.verdict} />
    </TableCell>
  </>
);

const Head = ({ first }: { first: string[] }) => {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {first.map((label) => (
          <TableCell key={label}>{label}</TableCell>
        ))}
        <TableCell align="right">{translate('kompass.report.before')}</TableCell>
        <TableCell align="right">{translate('kompass.report.after')}</TableCell>
        <TableCell align="right">{translate('kompass.report.delta')}</TableCell>
        <TableCell>{translate('kompass.report.verdict')}</TableCell>
        <TableCell>{translate('kompass.report.actions')}</TableCell>
      </TableRow>
    </TableHead>
  );
};

/** Areas: before, after, delta and verdict, the plan's actions on the area, and the total. */
export const AreaDeltaTable = ({
  areas,
  total,
  labelledBy,
  actions,
}: {
  areas: ReportAreaDelta[];
  total: ScoreDelta;
  labelledBy: string;
  actions: ReportAction[];
}) => {
  const translate = useTranslate();
  const byId = new Map(actions.map((a) => [a.id, a]));
  const totalVerdict =
    total.delta === null ? null : total.delta > 0 ? 'improved' : total.delta < 0 ? 'declined' : 'unchanged';
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy} data-testid="area-deltas">
        <Head first={[translate('kompass.scores.area')]} />
        <TableBody>
          {areas.map((area) => (
            <TableRow key={area.area} data-area={area.area}>
              <TableCell component="th" scope="row">
                {translate('kompass.scores.area_heading', { number: area.area, name: area.name })}
                {area.mappedTo && (
                  <Typography variant="body2" color="text.secondary" data-testid="mapped-to">
                    {translate('kompass.crosswalks.mapped_to', {
                      areas: area.mappedTo.map((m) => `${m.area}. ${m.name}`).join(', '),
                    })}
                  </Typography>
                )}
              </TableCell>
              <DeltaCells row={area} />
              <ActionsCell counts={area.actionCounts} ids={area.areaActionIds} byId={byId} />
            </TableRow>
          ))}
          <TableRow data-area="total">
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {translate('kompass.scores.total')}
            </TableCell>
            <DeltaCells row={{ ...total, verdict: totalVerdict }} />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
};

/** Sub-questions: the same columns, with the actions that worked on each. */
export const QuestionDeltaTable = ({
  questions,
  labelledBy,
  actions,
}: {
  questions: ReportQuestionDelta[];
  labelledBy: string;
  actions: ReportAction[];
}) => {
  const translate = useTranslate();
  const byId = new Map(actions.map((a) => [a.id, a]));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy} data-testid="question-deltas">
        <Head first={[translate('kompass.scores.code'), translate('kompass.scores.question')]} />
        <TableBody>
          {questions.map((question) => (
            <TableRow key={question.code} data-code={question.code}>
              <TableCell component="th" scope="row">
                {question.code}
              </TableCell>
              <TableCell sx={{ minWidth: 240 }}>{question.text}</TableCell>
              <DeltaCells row={question} />
              <ActionsCell counts={question.actionCounts} ids={question.actionIds} byId={byId} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
