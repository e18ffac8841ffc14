import { useTranslate } from 'react-admin';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ReadinessHeadCells } from './ReadinessHeadCells';
import { ReportSection } from './ReportSection';
import type { NextRevisionReadiness as NextRevision } from '@kompass/shared';

/** Readiness in the next round's terms: the plan's work grouped by the new revision's areas through the crosswalk. */
export const NextRevisionReadiness = ({ next }: { next: NextRevision }) => {
  const translate = useTranslate();
  return (
    <ReportSection
      id="readiness-next-heading"
      testId="readiness-next-revision"
      title={translate('kompass.crosswalks.next_heading', { name: next.frameworkName })}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('kompass.crosswalks.next_intro')}
      </Typography>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('kompass.crosswalks.caveat')}
      </Alert>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="readiness-next-heading">
          <TableHead>
            <TableRow>
              <TableCell>{translate('kompass.scores.area')}</TableCell>
              <TableCell>{translate('kompass.crosswalks.col_from')}</TableCell>
              <ReadinessHeadCells />
            </TableRow>
          </TableHead>
          <TableBody>
            {next.areas.map((area) => (
              <TableRow key={area.area} data-area={area.area}>
                <TableCell component="th" scope="row">
                  {translate('kompass.scores.area_heading', { number: area.area, name: area.name })}
                </TableCell>
                <TableCell>
                  {area.fromAreas.length ? area.fromAreas.join(', ') : translate('kompass.crosswalks.unmapped')}
                </TableCell>
                <TableCell align="right">{`${area.baseline ?? '–'}/${area.max}`}</TableCell>
                <TableCell align="right">{area.improvementItems}</TableCell>
                <TableCell align="right" sx={{ color: area.unansweredItems ? 'error.main' : undefined }}>
                  {area.unansweredItems}
                </TableCell>
                <TableCell align="right">{area.actionsPlanned}</TableCell>
                <TableCell align="right">{area.actionsDone}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </ReportSection>
  );
};
