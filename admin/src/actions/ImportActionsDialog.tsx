import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import type { ActionImportResult, ActionPlanRecord } from '@kompass/shared';
import { API_URL, httpClient, isApiError, translateApiError } from '../api';
import { PendingButton, TaskDialog } from '../common';

/** POST /api/action-plans/:id/actions/import, multipart: the preview (dryRun) or the change itself. */
async function postImport(planId: number, file: File, dryRun: boolean): Promise<ActionImportResult> {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  form.append('file', file, file.name);
  const { json } = await httpClient(`${API_URL}/action-plans/${planId}/actions/import`, { method: 'POST', body: form });
  return json as ActionImportResult;
}

/** The error as lines: the whole, then each row's problem ("Rad 4, kolumn Ansvarig: …"). */
function problemsOf(cause: unknown): string[] {
  const body = cause instanceof HttpError ? (cause.body as unknown) : undefined;
  if (!isApiError(body)) return [cause instanceof Error ? cause.message : String(cause)];
  const apiError = body;
  return [translateApiError(apiError), ...(apiError.details ?? []).map((d) => translateApiError(d))];
}

export const ImportActionsButton = ({ plan }: { plan: ActionPlanRecord }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<UploadIcon />} onClick={() => setOpen(true)}>
        {translate('kompass.action_import.open')}
      </Button>
      {open && <ImportActionsDialog plan={plan} onClose={() => setOpen(false)} />}
    </>
  );
};

/**
 * The plan's Excel export, edited and uploaded again: the preview lists each row's changes (field, before, after),
 * and confirming applies them all in one transaction, or none when a row is refused or stale.
 */
export const ImportActionsDialog = ({ plan, onClose }: { plan: ActionPlanRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ActionImportResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPending(true);
    setProblems([]);
    try {
      const result = await postImport(plan.id, file, dryRun);
      if (dryRun) setPreview(result);
      else {
        notify('kompass.action_import.applied', {
          type: 'success',
          messageArgs: { smart_count: result.updated.length },
        });
        refresh();
        onClose();
      }
    } catch (cause) {
      setProblems(problemsOf(cause));
      if (!dryRun) setPreview(null);
    } finally {
      setPending(false);
    }
  };

  const changed = preview?.rows.length ?? 0;
  const stale = preview?.rows.filter((r) => r.stale).length ?? 0;
  return (
    <TaskDialog
      id="action-import"
      title={translate('kompass.action_import.title')}
      intro={translate('kompass.action_import.intro')}
      pending={pending}
      onClose={onClose}
      confirm={
        !preview || !changed ? (
          <PendingButton pending={pending} onClick={() => run(true)} disabled={!file}>
            {translate('kompass.action_import.preview')}
          </PendingButton>
        ) : (
          <PendingButton pending={pending} onClick={() => run(false)} disabled={stale > 0}>
            {translate('kompass.action_import.apply', { smart_count: changed })}
          </PendingButton>
        )
      }
      maxWidth="md"
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        <Button component="label" variant="outlined" size="small">
          {translate('kompass.action_import.choose_file')}
          <input
            hidden
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={translate('kompass.action_import.choose_file')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setProblems([]);
            }}
          />
        </Button>
        <Typography variant="body2">{file?.name ?? translate('kompass.action_import.no_file')}</Typography>
      </Box>
      {problems.length > 0 && (
        <Alert severity="error" role="alert" data-testid="action-import-error" sx={{ mb: 2 }}>
          {problems[0]}
          {problems.length > 1 && (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {problems.slice(1).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </Box>
          )}
        </Alert>
      )}
      {preview && (
        <>
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="action-import-summary">
            {translate('kompass.action_import.summary', { smart_count: changed, unchanged: preview.unchanged })}
          </Typography>
          {stale > 0 && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              {translate('kompass.action_import.stale_warning', { smart_count: stale })}
            </Alert>
          )}
          {changed > 0 && (
            <Table size="small" aria-label={translate('kompass.action_import.table_label')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('kompass.action_import.row')}</TableCell>
                  <TableCell>{translate('kompass.action_import.action')}</TableCell>
                  <TableCell>{translate('kompass.action_import.field')}</TableCell>
                  <TableCell>{translate('kompass.action_import.before')}</TableCell>
                  <TableCell>{translate('kompass.action_import.after')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.rows.flatMap((row) =>
                  row.changes.map((change, i) => (
                    <TableRow key={`${row.row}-${change.field}`}>
                      <TableCell>{i === 0 ? row.row : ''}</TableCell>
                      <TableCell>
                        {i === 0 ? row.title : ''}
                        {i === 0 && row.stale ? ` (${translate('kompass.action_import.stale')})` : ''}
                      </TableCell>
                      <TableCell>{change.column}</TableCell>
                      <TableCell>{change.before ?? translate('kompass.action_import.empty')}</TableCell>
                      <TableCell>{change.after ?? translate('kompass.action_import.empty')}</TableCell>
                    </TableRow>
                  )),
                )}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </TaskDialog>
  );
};
