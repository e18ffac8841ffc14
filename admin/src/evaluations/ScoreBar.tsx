import { Box } from '@mui/material';

interface ScoreBarProps {
  percent: number | null;
  /** A second mark, e.g. where the report's stated total would reach */
  markPercent?: number | null;
  width?: number | string;
}

/**
 * A horizontal bar for a share of the max points. Decorative: the numbers beside it say the same
 * in text, so it is hidden from screen readers (and needs no chart library).
 */
export const ScoreBar = ({ percent, markPercent, width = '100%' }: ScoreBarProps) => {
  const share = Math.max(0, Math.min(100, percent ?? 0));
  return (
    <Box
      aria-hidden="true"
      sx={{
        position: 'relative',
        width,
        minWidth: 60,
        height: 12,
        borderRadius: 1,
        bgcolor: '#e3e7ed',
        border: '1px solid #8a94a3',
        overflow: 'hidden',
      }}
    >
      <Box sx={{ width: `${share}%`, height: '100%', bgcolor: percent === null ? 'transparent' : 'primary.main' }} />
      {markPercent != null && (
        <Box
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `calc(${Math.max(0, Math.min(100, markPercent))}% - 1px)`,
            width: 2,
            bgcolor: 'warning.main',
          }}
        />
      )}
    </Box>
  );
};
