import { useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import type { ScoreVerdict } from '@kompass/shared';

/**
 * How a score moved: a sign (↑ ↓ =) and a word, coloured too, so colour is never the only cue. The sign
 * is hidden from screen readers, which read the word.
 */
const LOOK: Record<ScoreVerdict | 'none', { sign: string; color: string }> = {
  improved: { sign: '↑', color: 'success.main' },
  declined: { sign: '↓', color: 'error.main' },
  unchanged: { sign: '=', color: 'text.secondary' },
  none: { sign: '–', color: 'text.secondary' },
};

export const Verdict = ({ verdict }: { verdict: ScoreVerdict | null }) => {
  const translate = useTranslate();
  const key = verdict ?? 'none';
  const look = LOOK[key];
  return (
    <Box
      component="span"
      sx={{ color: look.color, fontWeight: 600, whiteSpace: 'nowrap', display: 'inline-flex', gap: 0.5 }}
      data-verdict={key}
    >
      <span aria-hidden="true">{look.sign}</span>
      {translate(`kompass.verdicts.${key}`)}
    </Box>
  );
};

/** "+5", "−2" (a real minus sign), "0", or "–" when one side has no score. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return '–';
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${-delta}`;
  return '0';
}
