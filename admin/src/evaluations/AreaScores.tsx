import { useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { AreaScore, QuestionScore } from '@kompass/shared';
import { formatPercent, formatTotal, percentOf, totalDiffers } from './format';
import { QuestionTable } from '../common';
import { ScoreBar } from './ScoreBar';

/** Manual correction: the points per sub-question code as typed, and how to change them. */
export interface ScoreDraft {
  values: Record<string, string>;
  onChange: (code: string, value: string) => void;
  errors: Record<string, string | undefined>;
}

interface AreaScoresProps {
  /** A stored evaluation or an import's preview */
  scores: { areas: AreaScore[]; totalAchieved: number | null; totalMax: number };
  /** Prefix for element ids, so a page can show two sets */
  idPrefix?: string;
  draft?: ScoreDraft;
}

function jumpTo(id: string) {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** One row per area: bar, points and share, and the report's own total where it differs. */
const Overview = ({ scores: { areas, totalAchieved, totalMax }, idPrefix }: AreaScoresProps) => {
  const translate = useTranslate();
  const headingId = `${idPrefix}-overview`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('kompass.scores.overview')}
      </Typography>
      <Table size="small" aria-labelledby={headingId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('kompass.scores.area')}</TableCell>
            <TableCell sx={{ width: '40%' }}>{translate('kompass.scores.points')}</TableCell>
            <TableCell align="right" sx={{ width: '6em' }}>
              {translate('kompass.scores.share')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map((area) => (
            <TableRow key={area.area}>
              <TableCell component="th" scope="row">
                {/* Not an href="#…": the hash belongs to the router. Scroll to the area's heading and focus it. */}
                <Link
                  component="button"
                  type="button"
                  onClick={() => jumpTo(`${idPrefix}-area-${area.area}`)}
                  sx={{ textAlign: 'left', verticalAlign: 'baseline' }}
                >
                  {translate('kompass.scores.area_heading', { number: area.area, name: area.name })}
                </Link>
              </TableCell>
              <TableCell>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <ScoreBar
                    percent={area.percent}
                    markPercent={totalDiffers(area) ? percentOf(area.statedTotal, area.maxPoints) : null}
                  />
                  <Box component="span" sx={{ whiteSpace: 'nowrap', minWidth: '6.5em' }}>
                    {`${area.achieved ?? '–'} / ${area.maxPoints}`}
                  </Box>
                </Box>
                {totalDiffers(area) && (
                  <Typography variant="body2" sx={{ color: 'warning.main', fontWeight: 500 }}>
                    {translate('kompass.scores.stated_total_short', { stated: area.statedTotal })}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{formatPercent(area.percent, translate)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {translate('kompass.scores.total')}
            </TableCell>
            <TableCell sx={{ fontWeight: 600 }}>{formatTotal(totalAchieved, totalMax, translate)}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {formatPercent(percentOf(totalAchieved, totalMax), translate)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
};

const PointsCell = ({ question, draft }: { question: QuestionScore; draft?: ScoreDraft }) => {
  const translate = useTranslate();
  if (!draft) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <ScoreBar percent={question.percent} width={100} />
        <Box
          component="span"
          sx={{ whiteSpace: 'nowrap' }}
        >{`${question.achieved ?? '–'} / ${question.maxPoints}`}</Box>
      </Box>
    );
  }
  const error = draft.errors[question.code];
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
      <TextField
        size="small"
        type="number"
        value={draft.values[question.code] ?? ''}
        onChange={(event) => draft.onChange(question.code, event.target.value)}
        label={translate('kompass.scores.points_for', { code: question.code })}
        error={!!error}
        helperText={error ? translate(error, { max: question.maxPoints }) : undefined}
        slotProps={{ htmlInput: { min: 0, max: question.maxPoints, step: 1, inputMode: 'numeric' } }}
        sx={{ width: '9em' }}
      />
      <Box component="span" sx={{ pt: 1 }}>{`/ ${question.maxPoints}`}</Box>
    </Box>
  );
};

const AreaDetail = ({ area, idPrefix, draft }: { area: AreaScore; idPrefix?: string; draft?: ScoreDraft }) => {
  const translate = useTranslate();
  const headingId = `${idPrefix}-area-${area.area}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }} tabIndex={-1}>
        {translate('kompass.scores.area_heading', { number: area.area, name: area.name })}
      </Typography>
      <Typography variant="body2">
        {formatTotal(area.achieved, area.maxPoints, translate)} ({formatPercent(area.percent, translate)})
      </Typography>
      {totalDiffers(area) && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('kompass.scores.stated_total_differs', { stated: area.statedTotal, sum: area.achieved })}
        </Alert>
      )}
      <QuestionTable
        labelledBy={headingId}
        questions={area.questions}
        columns={[
          {
            header: translate('kompass.scores.points'),
            width: draft ? '14em' : '13em',
            cell: (question) => <PointsCell question={question} draft={draft} />,
          },
          {
            header: translate('kompass.scores.share'),
            width: '5em',
            align: 'right',
            cell: (question) => formatPercent(question.percent, translate),
          },
        ]}
      />
    </Box>
  );
};

/** The scores by area: an overview with bars, then each area's sub-questions (editable with a draft). */
export const AreaScores = ({ idPrefix = 'scores', ...props }: AreaScoresProps) => (
  <Box>
    <Overview idPrefix={idPrefix} {...props} />
    {props.scores.areas.map((area) => (
      <AreaDetail key={area.area} area={area} idPrefix={idPrefix} draft={props.draft} />
    ))}
  </Box>
);
