import { useEffect, useState } from 'react';
import { useGetList, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Autocomplete,
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import {
  PlanStatus,
  type ActionPlanRecord,
  type ActionRecord,
  type DepartmentRecord,
  type EvaluationRecord,
  type UserRecord,
} from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { DateTextField, isDateText, parseDateText, PendingButton, TaskDialog } from '../common';

/** What POST /api/action-plans/:id/actions/bulk answers: improvements already answered in the plan are skipped. */
interface BulkCreateResponse {
  created: ActionRecord[];
  skippedFindingIds: number[];
}

interface CreateActionsDialogProps {
  evaluation: EvaluationRecord;
  findingIds: number[];
  /** `created` is true when actions were made */
  onClose: (created: boolean) => void;
}

/** Today plus `years`, as YYYY-MM-DD: a re-evaluation usually comes a few years after the first. */
function yearsFromNow(years: number): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/**
 * Turn the selected improvements into actions: pick the evaluation's plan or create one
 * (POST /api/action-plans), then POST /api/action-plans/:planId/actions/bulk with the findings,
 * an owner, a department and a deadline for all of them (each can be changed afterwards).
 */
export const CreateActionsDialog = ({ evaluation, findingIds, onClose }: CreateActionsDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: allPlans = [], isPending: plansPending } = useGetList<ActionPlanRecord>(
    'action-plans',
    {
      filter: { baselineEvaluationId: evaluation.id },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'DESC' },
    },
    // Should the plans API fail, a new plan can still be made: no retries, no plans to pick
    { retry: false },
  );
  // A closed plan takes no new actions
  const plans = allPlans.filter((plan) => plan.status === PlanStatus.Active);
  const { data: users = [] } = useGetList<UserRecord>('users', {
    filter: { municipalityId: evaluation.municipalityId },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: departments = [] } = useGetList<DepartmentRecord>('departments', {
    filter: { municipalityId: evaluation.municipalityId },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [planId, setPlanId] = useState<string>('');
  const [title, setTitle] = useState(translate('kompass.actions_dialog.default_title', { label: evaluation.label }));
  const [reEvaluation, setReEvaluation] = useState(yearsFromNow(2));
  const [owner, setOwner] = useState<UserRecord | null>(null);
  const [departmentId, setDepartmentId] = useState<string>('');
  const [deadline, setDeadline] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);

  // Once the evaluation's plans are known, offer the newest one
  useEffect(() => {
    if (plans.length > 0 && !planId) {
      setMode('existing');
      setPlanId(String(plans[0].id));
    }
  }, [plans, planId]);

  const activeUsers = users.filter((u) => u.active);
  const titleMissing = mode === 'new' && !title.trim();
  const dateMissing = mode === 'new' && !reEvaluation.trim();
  const dateInvalid = (mode === 'new' && !isDateText(reEvaluation)) || !isDateText(deadline);

  const submit = async () => {
    setSubmitted(true);
    if (titleMissing || dateMissing || dateInvalid || (mode === 'existing' && !planId)) return;
    setPending(true);
    setError(null);
    try {
      let targetPlan = mode === 'existing' ? plans.find((p) => String(p.id) === planId) : undefined;
      if (!targetPlan) {
        const { json } = await httpClient(`${API_URL}/action-plans`, {
          method: 'POST',
          body: JSON.stringify({
            baselineEvaluationId: evaluation.id,
            title: title.trim(),
            plannedReEvaluationDate: parseDateText(reEvaluation),
          }),
        });
        targetPlan = json as ActionPlanRecord;
        // A retry after a failed bulk call must not create a second plan
        setMode('existing');
        setPlanId(String(targetPlan.id));
      }
      const { json } = await httpClient(`${API_URL}/action-plans/${targetPlan.id}/actions/bulk`, {
        method: 'POST',
        body: JSON.stringify({
          findingIds,
          ownerId: owner?.id,
          departmentId: departmentId ? Number(departmentId) : undefined,
          deadline: parseDateText(deadline) ?? undefined,
        }),
      });
      const result = json as BulkCreateResponse;
      const skipped = result.skippedFindingIds?.length ?? 0;
      // Two numbers, two phrases: each agrees with its own count.
      const created = translate('kompass.actions_dialog.created', {
        smart_count: result.created?.length ?? 0,
        plan: targetPlan.title,
      });
      notify(
        skipped ? `${created} ${translate('kompass.actions_dialog.skipped_note', { smart_count: skipped })}` : created,
        { type: 'success' },
      );
      onClose(true);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setPending(false);
    }
  };

  return (
    <TaskDialog
      id="create-actions"
      title={translate('kompass.actions_dialog.title')}
      intro={translate('kompass.actions_dialog.intro', { smart_count: findingIds.length })}
      pending={pending}
      onClose={() => onClose(false)}
      confirm={
        <PendingButton pending={pending} onClick={submit}>
          {translate('kompass.actions_dialog.submit', { smart_count: findingIds.length })}
        </PendingButton>
      }
    >
      <Box sx={{ display: 'grid', gap: 2 }}>
        {!plansPending && plans.length > 0 && (
          <FormControl>
            <FormLabel id="create-actions-plan-mode">{translate('kompass.actions_dialog.plan')}</FormLabel>
            <RadioGroup
              aria-labelledby="create-actions-plan-mode"
              value={mode}
              onChange={(event) => setMode(event.target.value as 'existing' | 'new')}
            >
              <FormControlLabel
                value="existing"
                control={<Radio />}
                label={translate('kompass.actions_dialog.existing_plan')}
              />
              <FormControlLabel value="new" control={<Radio />} label={translate('kompass.actions_dialog.new_plan')} />
            </RadioGroup>
          </FormControl>
        )}
        {mode === 'existing' && plans.length > 0 ? (
          <TextField
            select
            label={translate('kompass.actions_dialog.plan')}
            value={planId}
            onChange={(event) => setPlanId(event.target.value)}
          >
            {plans.map((plan) => (
              <MenuItem key={plan.id} value={String(plan.id)}>
                {plan.title}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <>
            <TextField
              required
              label={translate('kompass.actions_dialog.plan_title')}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              error={submitted && titleMissing}
              helperText={submitted && titleMissing ? translate('ra.validation.required') : undefined}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <DateTextField
              required
              label={translate('kompass.actions_dialog.re_evaluation_date')}
              value={reEvaluation}
              onChange={(event) => setReEvaluation(event.target.value)}
              error={submitted && dateMissing}
              helperText={translate(
                submitted && dateMissing ? 'ra.validation.required' : 'kompass.actions_dialog.re_evaluation_help',
              )}
            />
          </>
        )}
        <Autocomplete
          options={activeUsers}
          value={owner}
          onChange={(_event, user) => setOwner(user)}
          getOptionLabel={(user) => user.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderOption={({ key, ...props }, user) => (
            <li key={key} {...props}>
              {user.name} ({translate(`kompass.roles.${user.role}`)})
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label={translate('kompass.actions_dialog.owner')}
              helperText={translate('kompass.actions_dialog.optional')}
            />
          )}
        />
        <TextField
          select
          label={translate('kompass.actions_dialog.department')}
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
          helperText={translate('kompass.actions_dialog.optional')}
        >
          <MenuItem value="">{translate('kompass.actions_dialog.no_department')}</MenuItem>
          {departments.map((department) => (
            <MenuItem key={department.id} value={String(department.id)}>
              {department.name}
            </MenuItem>
          ))}
        </TextField>
        <DateTextField
          label={translate('kompass.actions_dialog.deadline')}
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          helperText={translate('kompass.actions_dialog.deadline_help')}
        />
        {error && (
          <Alert severity="error" role="alert">
            {translate('kompass.actions_dialog.failed', { message: error })}
          </Alert>
        )}
      </Box>
    </TaskDialog>
  );
};
