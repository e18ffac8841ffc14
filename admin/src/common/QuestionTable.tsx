import type { ReactNode } from 'react';
import { useTranslate, type TranslateFunction } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

export interface QuestionColumn<Q> {
  header: ReactNode;
  width?: string;
  align?: 'right';
  cell: (question: Q) => ReactNode;
}

/** The column of each sub-question's max points, as a model revision's catalogue has them. */
export const maxPointsColumn = (translate: TranslateFunction): QuestionColumn<{ maxPoints: number }> => ({
  header: translate('kompass.frameworks.question_max_points'),
  width: '6em',
  align: 'right',
  cell: (question) => question.maxPoints,
});

/**
 * An area's sub-questions as a table: the number (each row's header) and the question, then `columns`. Named by
 * the element `labelledBy`, or by `caption`, which then gets that id.
 */
export function QuestionTable<Q extends { code: string; text: string }>({
  labelledBy,
  caption,
  questions,
  columns,
}: {
  labelledBy: string;
  caption?: ReactNode;
  questions: Q[];
  columns: QuestionColumn<Q>[];
}) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={caption ? undefined : { mt: 1 }} aria-labelledby={labelledBy}>
      {caption && (
        <caption id={labelledBy} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
          {caption}
        </caption>
      )}
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '4em' }}>{translate('kompass.scores.code')}</TableCell>
          <TableCell>{translate('kompass.scores.question')}</TableCell>
          {columns.map((column, i) => (
            <TableCell key={i} align={column.align} sx={{ width: column.width }}>
              {column.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {questions.map((question) => (
          <TableRow key={question.code}>
            <TableCell component="th" scope="row">
              {question.code}
            </TableCell>
            <TableCell>{question.text}</TableCell>
            {columns.map((column, i) => (
              <TableCell key={i} align={column.align}>
                {column.cell(question)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
