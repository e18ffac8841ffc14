import { useState } from 'react';
import { useGetList, useNavigate, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import type { ActionPlanRecord, ApiErrorDetail, EvaluationSummary } from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { formatEvaluatedAt } from '../evaluations/format';
import { PendingButton, RadioChoices, TaskDialog } from '../common';

interface LinkFollowUpDialogProps {
  plan: ActionPlanRecord;
  onClose: () => void;
}

interface LinkError {
  message: string;
  details: ApiErrorDetail[];
}

/**
 * Link the re-evaluation: PUT /api/action-plans/:id {followUpEvaluationId}. The API checks the two compare
 * (same municipality and model revision, later date) and says why not in a 422, shown here as it is.
 * Linking closes the plan; the report then opens.
 */
export const LinkFollowUpDialog = ({ plan, onClose }: LinkFollowUpDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const { data: evaluations = [], isPending } = useGetList<EvaluationSummary>('evaluations', {
    filter: { municipalityId: plan.municipalityId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'evaluatedAt', order: 'DESC' },
  });
  const candidates = evaluations.filter((e) => e.id !== plan.baselineEvaluationId);
  const [chosen, setChosen] = useState<string>(plan.followUpEvaluationId ? String(plan.followUpEvaluationId) : '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LinkError | null>(null);

  const save = async (followUpEvaluationId: number | null) => {
    setPending(true);
    setError(null);
    try {
      await httpClient(`${API_URL}/action-plans/${plan.id}`, {
        method: 'PUT',
        body: JSON.stringify({ followUpEvaluationId }),
      });
      notify(followUpEvaluationId ? 'kompass.plans.linked' : 'kompass.plans.unlinked', { type: 'success' });
      refresh();
      onClose();
      if (followUpEvaluationId) navigate(`/action-plans/${plan.id}/show/report`);
    } catch (cause) {
      const body = (cause as { body?: { message?: string; details?: ApiErrorDetail[] } }).body;
      setError({
        message: body?.message ?? (cause instanceof Error ? cause.message : String(cause)),
        details: body?.details ?? [],
      });
      setPending(false);
    }
  };

  return (
    <TaskDialog
      id="link-follow-up"
      title={translate('kompass.plans.link_title')}
      intro={translate('kompass.plans.link_intro')}
      pending={pending}
      onClose={onClose}
      extraActions={
        plan.followUpEvaluationId && (
          <Button onClick={() => save(null)} disabled={pending} sx={{ mr: 'auto' }}>
            {translate('kompass.plans.unlink')}
          </Button>
        )
      }
      confirm={
        <PendingButton pending={pending} onClick={() => save(Number(chosen))} disabled={!chosen}>
          {translate('kompass.plans.link_submit')}
        </PendingButton>
      }
    >
      <RadioChoices
        labelledBy="link-follow-up-title"
        pending={isPending}
        choices={candidates.map((evaluation) => ({
          id: evaluation.id,
          label: `${evaluation.label} (${formatEvaluatedAt(evaluation)}, ${evaluation.totalAchieved ?? '–'}/${evaluation.totalMax})`,
        }))}
        value={chosen}
        onChange={setChosen}
        empty={<Alert severity="info">{translate('kompass.plans.link_none')}</Alert>}
      />
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }} data-testid="link-error">
          <AlertTitle>{translate('kompass.plans.link_refused')}</AlertTitle>
          {error.details.length > 0 ? (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {error.details.map((detail, index) => (
                <li key={index}>{detail.message}</li>
              ))}
            </Box>
          ) : (
            <Typography variant="body2">{error.message}</Typography>
          )}
        </Alert>
      )}
    </TaskDialog>
  );
};
