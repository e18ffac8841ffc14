import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { EvaluationRecord } from '@kompass/shared';
import { formatEvaluatedAt, formatPercent, formatTotal, percentOf } from './format';
import { ScoreBar } from './ScoreBar';

type Facts = Pick<
  EvaluationRecord,
  | 'label'
  | 'evaluatedAt'
  | 'evaluatedAtPrecision'
  | 'evaluators'
  | 'frameworkCode'
  | 'totalAchieved'
  | 'totalMax'
  | 'source'
>;

interface EvaluationFactsProps {
  evaluation: Facts;
  municipalityName?: string;
  /** The municipality the report itself names (import preview) */
  reportMunicipality?: string | null;
  /** Extra rows, e.g. the source file with its download button */
  children?: ReactNode;
}

export const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <Box component="dt" sx={{ color: 'text.secondary', fontWeight: 500 }}>
      {term}
    </Box>
    <Box component="dd" sx={{ m: 0 }}>
      {children}
    </Box>
  </>
);

/** The evaluation in brief: total with a bar, then date, evaluators, framework and municipality. */
export const EvaluationFacts = ({
  evaluation,
  municipalityName,
  reportMunicipality,
  children,
}: EvaluationFactsProps) => {
  const translate = useTranslate();
  const percent = percentOf(evaluation.totalAchieved, evaluation.totalMax);
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography component="p" variant="h4" sx={{ fontWeight: 600 }} data-testid="evaluation-total">
          {evaluation.totalAchieved ?? '–'}/{evaluation.totalMax}
        </Typography>
        <Box sx={{ flex: '1 1 200px', maxWidth: 400 }}>
          <ScoreBar percent={percent} />
          <Typography variant="body2">
            {formatTotal(evaluation.totalAchieved, evaluation.totalMax, translate)} ({formatPercent(percent, translate)}
            )
          </Typography>
        </Box>
      </Box>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
      >
        <Fact term={translate('resources.evaluations.fields.label')}>{evaluation.label}</Fact>
        <Fact term={translate('resources.evaluations.fields.evaluatedAt')}>{formatEvaluatedAt(evaluation)}</Fact>
        {evaluation.evaluators && (
          <Fact term={translate('resources.evaluations.fields.evaluators')}>{evaluation.evaluators}</Fact>
        )}
        <Fact term={translate('resources.evaluations.fields.frameworkCode')}>{evaluation.frameworkCode}</Fact>
        {municipalityName && (
          <Fact term={translate('resources.evaluations.fields.municipalityId')}>{municipalityName}</Fact>
        )}
        {reportMunicipality && (
          <Fact term={translate('kompass.evaluations.report_municipality')}>{reportMunicipality}</Fact>
        )}
        {evaluation.source && !children && (
          <Fact term={translate('resources.evaluations.fields.source')}>
            {evaluation.source.fileName ?? translate('kompass.evaluations.pasted_text')}
          </Fact>
        )}
        {children}
      </Box>
    </Box>
  );
};
