import { memo, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box, Chip, Typography } from '@mui/material';
import type { AreaScore, FindingPreview, ImportPreviewResponse } from '@kompass/shared';
import { FindingGroups } from '../findings/FindingGroups';
import { QuestionCodesPicker, type QuestionOption } from '../findings/QuestionCodesPicker';
import { AreaScores } from './AreaScores';
import { EvaluationFacts } from './EvaluationFacts';
import { FrameworkChoicePanel } from './FrameworkChoicePanel';
import { WarningList } from './WarningList';

interface ImportReviewStepProps {
  preview: ImportPreviewResponse;
  /** The municipality it is imported into, by name (admins choose it) */
  municipalityName?: string;
  /** The sub-questions chosen per finding, by the finding's index in `preview.findings` */
  codes: string[][];
  onCodesChange: (index: number, codes: string[]) => void;
  /** Reads the report again against another model revision */
  onPickFramework: (frameworkId: number) => void;
  catalogueConfirmed: boolean;
  onCatalogueConfirmedChange: (confirmed: boolean) => void;
  pending?: boolean;
}

type IndexedFinding = FindingPreview & { index: number };

const FindingRow = memo(function FindingRow({
  finding,
  codes,
  questions,
  onChange,
}: {
  finding: IndexedFinding;
  codes: string[];
  questions: QuestionOption[];
  onChange: (index: number, codes: string[]) => void;
}) {
  const translate = useTranslate();
  const textId = `preview-finding-${finding.index}`;
  // Marked until the coordinator picks the sub-questions themselves
  const unconfirmed = finding.lowConfidence && sameCodes(codes, finding.questionCodes);
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { md: '3fr 2fr' }, alignItems: 'center' }}>
      <Box>
        <Typography id={textId}>{finding.text}</Typography>
        {unconfirmed && (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            label={translate('kompass.import.low_confidence_chip')}
            sx={{ mt: 0.5 }}
          />
        )}
      </Box>
      <QuestionCodesPicker
        questions={questions}
        suggested={finding.suggestedQuestionCodes}
        value={codes}
        onChange={(next) => onChange(finding.index, next)}
        describedBy={textId}
      />
    </Box>
  );
});

function sameCodes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}

function questionsByArea(areas: AreaScore[]): Map<number, QuestionOption[]> {
  return new Map(areas.map((a) => [a.area, a.questions.map((q) => ({ code: q.code, text: q.text }))]));
}

/** Step 2: what the import would store: facts, warnings, scores by area and the findings to confirm. */
export const ImportReviewStep = ({
  preview,
  municipalityName,
  codes,
  onCodesChange,
  onPickFramework,
  catalogueConfirmed,
  onCatalogueConfirmedChange,
  pending,
}: ImportReviewStepProps) => {
  const translate = useTranslate();
  const { evaluation } = preview;
  // Stable across edits, so only the finding whose codes changed re-renders
  const questions = useMemo(() => questionsByArea(evaluation.areas), [evaluation.areas]);
  const areaNames = useMemo(() => new Map(evaluation.areas.map((a) => [a.area, a.name])), [evaluation.areas]);
  const findings = useMemo<IndexedFinding[]>(
    () => preview.findings.map((f, index) => ({ ...f, index })),
    [preview.findings],
  );
  const lowConfidence = (preview.lowConfidenceFindings ?? []).map((i) => preview.findings[i]).filter(Boolean);

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <EvaluationFacts
        evaluation={evaluation}
        municipalityName={municipalityName}
        reportMunicipality={evaluation.municipalityName}
      />
      <FrameworkChoicePanel
        choice={preview.frameworkChoice}
        catalogue={preview.learnedCatalogue}
        onPick={onPickFramework}
        confirmed={catalogueConfirmed}
        onConfirmedChange={onCatalogueConfirmedChange}
        disabled={pending}
      />
      <WarningList
        warnings={preview.warnings}
        areas={evaluation.areas}
        reportMunicipality={evaluation.municipalityName}
      />

      <Box component="section" aria-labelledby="preview-scores-heading">
        <Typography id="preview-scores-heading" component="h2" variant="h6" gutterBottom>
          {translate('kompass.scores.heading')}
        </Typography>
        <AreaScores idPrefix="preview" scores={evaluation} />
      </Box>

      <Box component="section" aria-labelledby="preview-findings-heading">
        <Typography id="preview-findings-heading" component="h2" variant="h6">
          {translate('kompass.findings.heading')}
        </Typography>
        {findings.length === 0 ? (
          <Typography>{translate('kompass.import.no_findings')}</Typography>
        ) : (
          <>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('kompass.import.findings_intro', { smart_count: findings.length })}
            </Typography>
            {lowConfidence.length > 0 && (
              <Alert severity="warning" sx={{ my: 1 }} data-testid="low-confidence-findings">
                <AlertTitle>
                  {translate('kompass.import.low_confidence_title', { smart_count: lowConfidence.length })}
                </AlertTitle>
                <Typography variant="body2">{translate('kompass.import.low_confidence_intro')}</Typography>
                <Box component="ul" sx={{ m: 0, mt: 1, pl: 3 }}>
                  {lowConfidence.map((f) => (
                    <li key={`${f.area}-${f.kind}-${f.order}`}>
                      {f.area}. {f.text} → {f.questionCodes.join(', ')}
                    </li>
                  ))}
                </Box>
              </Alert>
            )}
            <FindingGroups
              idPrefix="preview-findings"
              findings={findings}
              areaNames={areaNames}
              itemKey={(f) => f.index}
              renderItem={(finding) => (
                <FindingRow
                  finding={finding}
                  codes={codes[finding.index] ?? []}
                  questions={questions.get(finding.area) ?? []}
                  onChange={onCodesChange}
                />
              )}
            />
          </>
        )}
      </Box>
    </Box>
  );
};
