import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate, useUpdate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/EditOutlined';
import type { EvaluationRecord } from '@kompass/shared';
import { AreaScores, type ScoreDraft } from './AreaScores';

type Draft = Record<string, string>;

function draftOf(record: EvaluationRecord): Draft {
  return Object.fromEntries(
    record.areas.flatMap((a) => a.questions.map((q) => [q.code, q.achieved === null ? '' : String(q.achieved)])),
  );
}

/** Message keys for typed points that the API would refuse: whole points from 0 to the max. */
function validate(record: EvaluationRecord, draft: Draft): Record<string, string | undefined> {
  const errors: Record<string, string | undefined> = {};
  for (const q of record.areas.flatMap((a) => a.questions)) {
    const raw = (draft[q.code] ?? '').trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > q.maxPoints) errors[q.code] = 'kompass.scores.points_invalid';
  }
  return errors;
}

/** The corrections to send: only the sub-questions whose points changed; an emptied field removes the score. */
function changes(record: EvaluationRecord, draft: Draft): { code: string; achieved: number | null }[] {
  return record.areas
    .flatMap((a) => a.questions)
    .filter((q) => (draft[q.code] ?? '').trim() !== (q.achieved === null ? '' : String(q.achieved)))
    .map((q) => ({ code: q.code, achieved: draft[q.code].trim() === '' ? null : Number(draft[q.code]) }));
}

/** The scores by area, and for coordinators a manual correction (PUT /api/evaluations/:id {scores}). */
export const EvaluationScores = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: mayCorrect } = useCanAccess({ action: 'edit', resource: 'evaluations', record });
  const [draft, setDraft] = useState<Draft | null>(null);
  // The body is a correction ({scores}), not a partial record
  const [update, { isPending }] = useUpdate<EvaluationRecord & { scores?: unknown }>();
  const errors = draft ? validate(record, draft) : {};
  const hasErrors = Object.values(errors).some(Boolean);

  const save = () => {
    if (!draft || hasErrors) return;
    const scores = changes(record, draft);
    if (scores.length === 0) {
      setDraft(null);
      return;
    }
    void update(
      'evaluations',
      { id: record.id, data: { scores }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setDraft(null);
          notify('kompass.scores.corrected', { type: 'success', messageArgs: { smart_count: scores.length } });
        },
        onError: (error) =>
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };

  const scoreDraft: ScoreDraft | undefined = draft
    ? { values: draft, errors, onChange: (code, value) => setDraft((d) => ({ ...(d ?? {}), [code]: value })) }
    : undefined;

  return (
    <Card component="section" aria-labelledby="evaluation-scores-heading">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
          <Typography id="evaluation-scores-heading" component="h2" variant="h6" sx={{ flex: 1 }}>
            {translate('kompass.scores.heading')}
          </Typography>
          {mayCorrect && !draft && (
            <Button startIcon={<EditIcon />} onClick={() => setDraft(draftOf(record))}>
              {translate('kompass.scores.correct')}
            </Button>
          )}
        </Box>
        {record.areaLevelOnly && <Alert severity="info">{translate('kompass.scores.area_level_only')}</Alert>}
        {draft && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('kompass.scores.correct_help')}
          </Alert>
        )}
        <AreaScores idPrefix="evaluation" scores={record} draft={scoreDraft} />
        {draft && (
          <Box
            sx={{
              position: 'sticky',
              bottom: 0,
              display: 'flex',
              gap: 1,
              py: 1.5,
              mt: 2,
              bgcolor: 'background.paper',
              borderTop: '1px solid',
              borderColor: 'divider',
            }}
          >
            <Button variant="contained" onClick={save} disabled={isPending || hasErrors}>
              {translate('kompass.scores.save_corrections')}
            </Button>
            <Button onClick={() => setDraft(null)} disabled={isPending}>
              {translate('ra.action.cancel')}
            </Button>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
