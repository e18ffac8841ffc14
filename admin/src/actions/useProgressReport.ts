import { useState } from 'react';
import { useRefresh, useTranslate, type HttpError } from 'react-admin';
import { ActionStatus, isOpenStatus, type ActionRecord, type ApiErrorDetail, type Judgement } from '@kompass/shared';
import { API_URL, httpClient } from '../api';
import { useConflictMessage } from './ConflictDialog';

export interface LinkDraft {
  label: string;
  url: string;
}

export interface ReportDraft {
  comment: string;
  status: ActionStatus;
  progress: string;
  /** The owner's judgement; empty sends none */
  judgement?: Judgement | '';
  links?: LinkDraft[];
  files?: File[];
}

/** What the API's 422 on a progress report means, in the user's language. */
export function reportErrorText(
  error: HttpError,
  status: ActionStatus,
  translate: (key: string, options?: object) => string,
): string {
  const details = (error.body as { details?: ApiErrorDetail[] } | undefined)?.details ?? [];
  if (details.some((d) => d.field === 'comment'))
    return translate(
      status === ActionStatus.Done
        ? 'kompass.actions.comment_required_done'
        : status === ActionStatus.Cancelled
          ? 'kompass.actions.comment_required_cancelled'
          : 'kompass.updates.empty_report',
    );
  return error.message;
}

/**
 * POST /api/actions/:id/updates: JSON, or multipart when files are attached (links then go as a JSON
 * string). Sends status and progress only when they change. Resolves to the updated action.
 */
export async function sendProgressReport(action: ActionRecord, draft: ReportDraft): Promise<ActionRecord> {
  const progress = draft.progress === '' ? undefined : Number(draft.progress);
  const fields: Record<string, unknown> = {
    version: action.version,
    ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
    ...(draft.status !== action.status ? { status: draft.status } : {}),
    ...(progress !== undefined && progress !== action.progress ? { progress } : {}),
    ...(draft.judgement ? { judgement: draft.judgement } : {}),
  };
  const links = (draft.links ?? [])
    .filter((l) => l.url.trim())
    .map((l) => ({ label: l.label.trim() || l.url.trim(), url: l.url.trim() }));
  let body: BodyInit;
  if (draft.files?.length) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
    if (links.length) form.append('links', JSON.stringify(links));
    for (const file of draft.files) form.append('files', file, file.name);
    body = form;
  } else {
    body = JSON.stringify({ ...fields, ...(links.length ? { links } : {}) });
  }
  const { json } = await httpClient(`${API_URL}/actions/${action.id}/updates`, { method: 'POST', body });
  return (json as { action: ActionRecord }).action;
}

/**
 * What the progress-report forms share: status and progress (back to the action's when a new version arrives),
 * whether closing needs a comment, and `send`, which checks that comment and `check`'s problem first, posts the
 * report and says what a refusal (409, 422) means. `send` resolves to whether the report went in.
 */
export function useProgressReport(action: ActionRecord) {
  const translate = useTranslate();
  const conflictMessage = useConflictMessage();
  const refresh = useRefresh();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState(String(action.progress));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new version (this report saved, or someone else's change): start from its status and progress, keep the text
  const [seenVersion, setSeenVersion] = useState(action.version);
  if (action.version !== seenVersion) {
    setSeenVersion(action.version);
    setStatus(action.status);
    setProgress(String(action.progress));
  }
  const commentNeeded = status !== action.status && !isOpenStatus(status);

  const send = async (
    draft: Omit<ReportDraft, 'status' | 'progress'>,
    check: () => string | null = () => null,
  ): Promise<boolean> => {
    setError(null);
    const problem =
      commentNeeded && !draft.comment.trim()
        ? translate(
            status === ActionStatus.Done
              ? 'kompass.actions.comment_required_done'
              : 'kompass.actions.comment_required_cancelled',
          )
        : check();
    if (problem) {
      setError(problem);
      return false;
    }
    setPending(true);
    try {
      await sendProgressReport(action, { ...draft, status, progress });
      refresh();
      return true;
    } catch (cause) {
      const failure = cause as HttpError;
      if (failure.status === 409) {
        setError(conflictMessage(failure.body));
        refresh();
      } else setError(reportErrorText(failure, status, translate));
      return false;
    } finally {
      setPending(false);
    }
  };

  return { status, setStatus, progress, setProgress, pending, error, commentNeeded, send };
}
