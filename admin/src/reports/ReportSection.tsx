import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A part of a report page: a `<section>` named by its h3 heading, for screen readers' section lists. */
export const ReportSection = ({
  id,
  title,
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  testId?: string;
  children: ReactNode;
}) => (
  <Box component="section" aria-labelledby={id} data-testid={testId}>
    <Typography id={id} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }} gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

/** A table with its chart beside it where the screen is wide enough (the table takes the larger share), else above it. */
export const TableAndChart = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gap: 2,
      gridTemplateColumns: { xl: 'minmax(0, 3fr) minmax(0, 2fr)' },
      alignItems: 'start',
    }}
  >
    {children}
  </Box>
);
