import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ACTION_STATUSES, ActionStatus, type ActionCounts, type ReportAreaDelta, type ReportQuestionDelta, type ScoreDelta } from '@kompass/shared';
import { formatDelta, Verdict } from './Verdict';

const points = (value: number | null, max: number) => `${value ?? '–'}/${max}`;

/** "2 klara av 3" for the actions behind a row; cancelled ones are left out. */
export function actionsText(counts: ActionCounts, translate: (key: string, options?: object) => string): string {
  const active = ACTION_STATUSES.filter((s) => s !== ActionStatus.Cancelled).reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (active === 0) return translate('kompass.report.no_actions');
  return translate('kompass.report.actions_done_of', { done: counts[ActionStatus.Done] ?? 0, smart_count: active });
}

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
export const AreaDeltaTable = ({ areas, total, labelledBy }: { areas: ReportAreaDelta[]; total: ScoreDelta; labelledBy: string }) => {
  const translate = useTranslate();
  const totalVerdict = total.delta === null ? null : total.delta > 0 ? 'improved' : total.delta < 0 ? 'declined' : 'unchanged';
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
                    {translate('kompass.crosswalks.mapped_to', { areas: area.mappedTo.map((m) => `${m.area}. ${m.name}`).join(', ') })}
                  </Typography>
                )}
              </TableCell>
              <DeltaCells row={area} />
              <TableCell>{actionsText(area.actionCounts, translate)}</TableCell>
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
export const QuestionDeltaTable = ({ questions, labelledBy }: { questions: ReportQuestionDelta[]; labelledBy: string }) => {
  const translate = useTranslate();
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
              <TableCell>{actionsText(question.actionCounts, translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
