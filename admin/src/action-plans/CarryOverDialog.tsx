import { useState } from 'react';
import { Link, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import type { ActionPlanRecord, CarryOverResult } from '@kompass/shared';
import { API_URL, describeApiError, httpClient, isApiError } from '../api';

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
    <Dialog open onClose={() => !pending && onClose()} aria-labelledby="carry-over-title" fullWidth maxWidth="sm">
      <DialogTitle id="carry-over-title">{translate('kompass.carry_over.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('kompass.carry_over.intro')}</DialogContentText>
        {isPending ? (
          <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        ) : plans.length === 0 ? (
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
        ) : (
          <RadioGroup aria-labelledby="carry-over-title" value={target} onChange={(e) => setChosen(e.target.value)}>
            {plans.map((p) => (
              <FormControlLabel key={p.id} value={String(p.id)} control={<Radio />} label={p.title} />
            ))}
          </RadioGroup>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={carry} disabled={pending || !target}>
          {translate('kompass.carry_over.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
