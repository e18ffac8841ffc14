import { useState, type FormEvent } from 'react';
import { Link, Title, useGetOne, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  FormControlLabel,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import ActionIcon from '@mui/icons-material/AssignmentIndOutlined';
import type { ActionRecord, DepartmentRecord } from '@kompass/shared';
import { canRead } from '../access';
import { formatDate, PendingButton, Section, useMe, useRole } from '../common';
import { EmptyState } from '../common/EmptyState';
import { ActionStatusCell } from '../actions/ActionColumns';
import { FieldValue } from '../actions/actionFields';
import { ProgressInput, StatusSelect } from '../actions/ProgressFields';
import { useProgressReport } from '../actions/useProgressReport';
import { useMyActions } from './useMyActions';

/** One action with an inline progress report: status, progress and a comment (POST /updates). */
const MyAction = ({ action }: { action: ActionRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { status, setStatus, progress, setProgress, pending, error, commentNeeded, send } = useProgressReport(action);
  const [comment, setComment] = useState('');
  const titleId = `my-action-${action.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nothingNew = () =>
      status === action.status && Number(progress) === action.progress && !comment.trim()
        ? translate('kompass.updates.empty_report')
        : null;
    if (!(await send({ comment }, nothingNew))) return;
    notify('kompass.my_actions.reported', { type: 'success', messageArgs: { title: action.title } });
    setComment('');
  };

  return (
    <Card component="article" aria-labelledby={titleId} data-testid="my-action">
      <CardContent>
        <Typography id={titleId} component="h2" variant="h6" sx={{ mb: 1 }}>
          <Link to={`/actions/${action.id}`}>{action.title}</Link>
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <ActionStatusCell record={action} />
          <span>
            {translate('resources.actions.fields.deadline')}: {formatDate(action.deadline)}
          </span>
          <span>
            {translate('resources.actions.fields.planId')}: <FieldValue field="planId" value={action.planId} />
          </span>
          <span>
            {translate('resources.actions.fields.progress')}:{' '}
            {translate('kompass.scores.percent', { percent: action.progress })}
          </span>
        </Box>
        <Box
          component="form"
          onSubmit={submit}
          noValidate
          aria-label={translate('kompass.my_actions.report_for', { title: action.title })}
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '200px 160px 1fr auto' }, alignItems: 'start' }}
        >
          <StatusSelect size="small" value={status} onChange={setStatus} />
          <ProgressInput size="small" value={progress} onChange={setProgress} />
          <TextField
            size="small"
            label={translate('kompass.updates.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            multiline
            minRows={1}
            required={commentNeeded}
            helperText={commentNeeded ? translate('kompass.actions.comment_help') : undefined}
          />
          <PendingButton pending={pending} type="submit">
            {translate('kompass.my_actions.report')}
          </PendingButton>
        </Box>
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};

/** "Mina åtgärder": the department head's actions (owner = me, or my department) with an inline progress report each. */
const MyActions = () => {
  const translate = useTranslate();
  const me = useMe();
  const role = useRole();
  const [showClosed, setShowClosed] = useState(false);
  const { actions, isPending: pending } = useMyActions({ open: !showClosed });
  const departmentId = me?.departmentId ?? null;
  const { data: department } = useGetOne<DepartmentRecord>(
    'departments',
    { id: departmentId as number },
    { enabled: departmentId !== null },
  );
  if (role && !canRead(role, 'my-actions'))
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('ra.page.access_denied')}
      </Alert>
    );

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title="kompass.my_actions.title" />
      <Section id="my-actions-heading" title="kompass.my_actions.title" level="h1">
        <Typography sx={{ mb: 1 }}>
          {department
            ? translate('kompass.my_actions.intro_department', { department: department.name })
            : translate('kompass.my_actions.intro')}
        </Typography>
        <FormControlLabel
          control={<Switch checked={showClosed} onChange={(event) => setShowClosed(event.target.checked)} />}
          label={translate('kompass.my_actions.show_closed')}
        />
      </Section>
      {pending ? (
        <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
      ) : actions.length === 0 ? (
        <EmptyState
          id="my-actions-empty"
          icon={ActionIcon}
          title={showClosed ? 'kompass.my_actions.empty_title' : 'kompass.my_actions.empty_open_title'}
          text="kompass.my_actions.empty_text"
        />
      ) : (
        actions.map((action) => <MyAction key={action.id} action={action} />)
      )}
    </Box>
  );
};

export default MyActions;
