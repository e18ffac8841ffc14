import type { EntityManager } from 'typeorm';
import type { ActionStatus } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import type { Action } from './action.entity';
import { ActionUpdate } from './action-update.entity';
import { applyStatusChange } from './action-rules';

/** What a progress report or an edit of an action says about its progress. */
export type ProgressChange = { status?: ActionStatus; progress?: number; comment?: string } & Partial<
  Pick<ActionUpdate, 'judgement' | 'links' | 'attachments'>
>;

/**
 * The one path by which progress is recorded, from a progress report or an edit of the action: applies status
 * (with its rules) and progress to the action, and saves the report with the status and progress before and after.
 * A report (`asReport`) is always recorded, having passed its own emptiness check; an edit leaves one only when
 * status or progress changed or it carries a comment. Returns the saved report, or null; the caller saves the action.
 */
export async function recordProgress(
  em: EntityManager,
  actor: AuthUser,
  action: Action,
  change: ProgressChange,
  asReport: boolean,
): Promise<ActionUpdate | null> {
  const before = { status: action.status, progress: action.progress };
  if (change.progress !== undefined) action.progress = change.progress;
  if (change.status !== undefined) applyStatusChange(actor, action, change.status, change.comment);
  if (change.judgement) action.judgement = change.judgement;
  const statusChanged = before.status !== action.status;
  const progressChanged = before.progress !== action.progress;
  if (!asReport && !statusChanged && !progressChanged && !change.comment?.trim()) return null;
  action.lastProgressAt = new Date();
  return em.save(
    em.create(ActionUpdate, {
      actionId: action.id,
      municipalityId: action.municipalityId,
      authorId: actor.id,
      comment: change.comment?.trim() || null,
      statusFrom: statusChanged ? before.status : null,
      statusTo: statusChanged ? action.status : null,
      progressFrom: progressChanged ? before.progress : null,
      progressTo: progressChanged ? action.progress : null,
      judgement: change.judgement ?? null,
      links: change.links ?? [],
      attachments: change.attachments ?? [],
    }),
  );
}
