import { useTranslate } from 'react-admin';
import { TableCell } from '@mui/material';

/** The figures columns of a readiness table by area: the baseline score, then items, unanswered, planned, done. */
export const ReadinessHeadCells = () => {
  const translate = useTranslate();
  return (
    <>
      <TableCell align="right">{translate('kompass.readiness.col_baseline')}</TableCell>
      <TableCell align="right">{translate('kompass.readiness.col_items')}</TableCell>
      <TableCell align="right">{translate('kompass.readiness.col_unanswered')}</TableCell>
      <TableCell align="right">{translate('kompass.readiness.col_planned')}</TableCell>
      <TableCell align="right">{translate('kompass.readiness.col_done')}</TableCell>
    </>
  );
};
