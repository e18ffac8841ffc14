import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReadinessArea } from '@kompass/shared';

type AreaFigures = Pick<
  ReadinessArea,
  'area' | 'name' | 'baseline' | 'max' | 'improvementItems' | 'unansweredItems' | 'actionsPlanned' | 'actionsDone'
>;

/**
 * Readiness by area, one row each: the baseline score, improvement items, those unanswered (standing out), actions
 * planned and done, after `extra` (a column between the area and its figures) when given.
 */
export function ReadinessAreaTable<A extends AreaFigures>({
  labelledBy,
  areas,
  extra,
}: {
  labelledBy: string;
  areas: A[];
  extra?: { header: ReactNode; cell: (area: A) => ReactNode };
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('kompass.scores.area')}</TableCell>
            {extra && <TableCell>{extra.header}</TableCell>}
            <TableCell align="right">{translate('kompass.readiness.col_baseline')}</TableCell>
            <TableCell align="right">{translate('kompass.readiness.col_items')}</TableCell>
            <TableCell align="right">{translate('kompass.readiness.col_unanswered')}</TableCell>
            <TableCell align="right">{translate('kompass.readiness.col_planned')}</TableCell>
            <TableCell align="right">{translate('kompass.readiness.col_done')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map((area) => (
            <TableRow key={area.area} data-area={area.area}>
              <TableCell component="th" scope="row">
                {translate('kompass.scores.area_heading', { number: area.area, name: area.name })}
              </TableCell>
              {extra && <TableCell>{extra.cell(area)}</TableCell>}
              <TableCell align="right">{`${area.baseline ?? '–'}/${area.max}`}</TableCell>
              <TableCell align="right">{area.improvementItems}</TableCell>
              <TableCell
                align="right"
                sx={{
                  color: area.unansweredItems ? 'error.main' : undefined,
                  fontWeight: area.unansweredItems ? 600 : undefined,
                }}
              >
                {area.unansweredItems}
              </TableCell>
              <TableCell align="right">{area.actionsPlanned}</TableCell>
              <TableCell align="right">{area.actionsDone}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
