import { useState } from 'react';
import { Link, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Button } from '@mui/material';
import type { ActionPlanRecord, CarryOverResult } from '@kompass/shared';
import { API_URL, describeApiError, httpClient, isApiError } from '../api';
import { RadioChoices, TaskDialog } from '../common';

/**
 * Carry over: POST /api/action-plans/:id/carry-over {toPlanId} moves this closed plan's open actions, with their
 * progress reports and history, into an active plan made on its re-evaluation (areas translated through the
 * crosswalk when the re-evaluation is on another model revision). Without such a plan it offers to create one.
 */
export const CarryOverDialog = ({ plan, onClose }: { plan: ActionPlanRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { data: plans = [], isPending } = useGetList<ActionPlanRecord>('action-plans', {
    filter: { baselineEvaluationId: plan.followUpEvaluationId, status: 'active' },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const [chosen, setChosen] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target = chosen || (plans.length === 1 ? String(plans[0].id) : '');

  const carry = async () => {
    setPending(true);
    setError(null);
    try {
      const { json } = await httpClient(`${API_URL}/action-plans/${plan.id}/carry-over`, {
        method: 'POST',
        body: JSON.stringify({ toPlanId: Number(target) }),
      });
      notify('kompass.carry_over.done', {
        type: 'success',
        messageArgs: { smart_count: (json as CarryOverResult).actionIds.length },
      });
      refresh();
      onClose();
    } catch (cause) {
      const body = (cause as { body?: unknown }).body;
      setError(isApiError(body) ? describeApiError(body) : String(cause));
      setPending(false);
    }
  };

  const createUrl = `/action-plans/create?source=${encodeURIComponent(JSON.stringify({ baselineEvaluationId: plan.followUpEvaluationId }))}`;
  return (
    <TaskDialog
      id="carry-over"
      title={translate('kompass.carry_over.title')}
      intro={translate('kompass.carry_over.intro')}
      pending={pending}
      onClose={onClose}
      confirm={
        <Button variant="contained" onClick={carry} disabled={pending || !target}>
          {translate('kompass.carry_over.confirm')}
        </Button>
      }
    >
      <RadioChoices
        labelledBy="carry-over-title"
        pending={isPending}
        choices={plans.map((p) => ({ id: p.id, label: p.title }))}
        value={target}
        onChange={setChosen}
        empty={
          <Alert
            severity="info"
            action={
              <Button component={Link} to={createUrl}>
                {translate('kompass.carry_over.create_plan')}
              </Button>
            }
          >
            {translate('kompass.carry_over.no_plan')}
          </Alert>
        }
      />
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {error}
        </Alert>
      )}
    </TaskDialog>
  );
};
