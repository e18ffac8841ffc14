import { useMemo, useState } from 'react';
import { Link, useCanAccess, useGetList, useNotify, useTranslate, useUpdate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAddOutlined';
import { FindingKind, type EvaluationRecord, type FindingRecord } from '@kompass/shared';
import { FindingGroups } from '../findings/FindingGroups';
import { QuestionCodesPicker, type QuestionOption } from '../findings/QuestionCodesPicker';
import { CreateActionsDialog } from './CreateActionsDialog';

type KindFilter = 'all' | FindingKind;

interface FindingItemProps {
  finding: FindingRecord;
  questions: QuestionOption[];
  mayEdit: boolean;
  selected: boolean;
  onSelect: (id: number, selected: boolean) => void;
}

const FindingItem = ({ finding, questions, mayEdit, selected, onSelect }: FindingItemProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<FindingRecord>();
  const textId = `finding-${finding.id}-text`;
  const save = (questionCodes: string[]) =>
    update(
      'findings',
      { id: finding.id, data: { questionCodes }, previousData: finding },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('kompass.findings.saved', { type: 'success' }),
        onError: (error) =>
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  const selectable = mayEdit && finding.kind === FindingKind.Improvement;
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { md: '3fr 2fr' }, alignItems: 'center' }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        {selectable && (
          <Checkbox
            checked={selected}
            onChange={(event) => onSelect(finding.id, event.target.checked)}
            slotProps={{ input: { 'aria-labelledby': textId } }}
            sx={{ mt: -1 }}
          />
        )}
        <Typography id={textId}>{finding.text}</Typography>
      </Box>
      {mayEdit ? (
        <QuestionCodesPicker
          questions={questions}
          suggested={finding.suggestedQuestionCodes}
          value={finding.questionCodes}
          onChange={save}
          describedBy={textId}
          disabled={isPending}
        />
      ) : (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          {finding.questionCodes.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('kompass.findings.no_question_codes')}
            </Typography>
          ) : (
            finding.questionCodes.map((code) => (
              <Chip key={code} size="small" label={code} title={questions.find((q) => q.code === code)?.text} />
            ))
          )}
        </Box>
      )}
    </Box>
  );
};

/**
 * The evaluation's strengths and improvements by area, each with its sub-questions (coordinators
 * edit them). Improvements can be selected and turned into actions in an action plan.
 */
export const EvaluationFindings = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const { canAccess: mayEdit = false } = useCanAccess({ action: 'edit', resource: 'findings' });
  const { canAccess: mayPlan = false } = useCanAccess({ action: 'create', resource: 'action-plans' });
  const [kind, setKind] = useState<KindFilter>('all');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [dialogOpen, setDialogOpen] = useState(false);
  const {
    data: findings = [],
    isPending,
    error,
  } = useGetList<FindingRecord>('findings', {
    filter: { evaluationId: record.id },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'area', order: 'ASC' },
  });
  const questions = useMemo(
    () => new Map(record.areas.map((a) => [a.area, a.questions.map((q) => ({ code: q.code, text: q.text }))])),
    [record.areas],
  );
  const areaNames = useMemo(() => new Map(record.areas.map((a) => [a.area, a.name])), [record.areas]);
  const shown = kind === 'all' ? findings : findings.filter((f) => f.kind === kind);
  const improvements = findings.filter((f) => f.kind === FindingKind.Improvement);
  const select = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Card component="section" aria-labelledby="evaluation-findings-heading">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography id="evaluation-findings-heading" component="h2" variant="h6" sx={{ flex: 1 }}>
            {translate('kompass.findings.heading')}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={kind}
            onChange={(_event, value: KindFilter | null) => value && setKind(value)}
            aria-label={translate('kompass.findings.show_kind')}
          >
            <ToggleButton value="all">
              {translate('kompass.findings.all', { smart_count: findings.length })}
            </ToggleButton>
            <ToggleButton value={FindingKind.Strength}>
              {translate('kompass.finding_kinds_plural.strength')} ({record.findingCounts.strength})
            </ToggleButton>
            <ToggleButton value={FindingKind.Improvement}>
              {translate('kompass.finding_kinds_plural.improvement')} ({record.findingCounts.improvement})
            </ToggleButton>
          </ToggleButtonGroup>
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {translate(mayEdit ? 'kompass.findings.intro_edit' : 'kompass.findings.intro_read')}{' '}
          <Link
            to={{
              pathname: '/findings',
              search: `?filter=${encodeURIComponent(JSON.stringify({ evaluationId: record.id }))}`,
            }}
          >
            {translate('kompass.findings.open_list')}
          </Link>
        </Typography>

        {mayPlan && mayEdit && improvements.length > 0 && (
          <Box
            sx={{
              display: 'flex',
              gap: 2,
              alignItems: 'center',
              flexWrap: 'wrap',
              mt: 2,
              p: 1.5,
              bgcolor: '#eef3fa',
              borderRadius: 1,
            }}
          >
            <FormControlLabel
              control={
                <Checkbox
                  checked={selected.size === improvements.length}
                  indeterminate={selected.size > 0 && selected.size < improvements.length}
                  onChange={(event) =>
                    setSelected(event.target.checked ? new Set(improvements.map((f) => f.id)) : new Set())
                  }
                />
              }
              label={translate('kompass.findings.select_all_improvements')}
            />
            <Typography aria-live="polite" sx={{ flex: 1 }}>
              {translate('kompass.findings.selected', { smart_count: selected.size })}
            </Typography>
            <Button
              variant="contained"
              startIcon={<PlaylistAddIcon />}
              disabled={selected.size === 0}
              onClick={() => setDialogOpen(true)}
            >
              {translate('kompass.actions_dialog.open')}
            </Button>
          </Box>
        )}

        {isPending && <LinearProgress sx={{ mt: 2 }} aria-label={translate('ra.page.loading')} />}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error instanceof Error ? error.message : translate('ra.notification.http_error')}
          </Alert>
        )}
        {!isPending && findings.length === 0 && (
          <Typography sx={{ mt: 2 }}>{translate('kompass.findings.none_for_evaluation')}</Typography>
        )}
        <FindingGroups
          idPrefix="evaluation-findings"
          findings={shown}
          areaNames={areaNames}
          itemKey={(f) => f.id}
          renderItem={(finding) => (
            <FindingItem
              finding={finding}
              questions={questions.get(finding.area) ?? []}
              mayEdit={mayEdit}
              selected={selected.has(finding.id)}
              onSelect={select}
            />
          )}
        />
        {dialogOpen && (
          <CreateActionsDialog
            evaluation={record}
            findingIds={[...selected]}
            onClose={(created) => {
              setDialogOpen(false);
              if (created) setSelected(new Set());
            }}
          />
        )}
      </CardContent>
    </Card>
  );
};
