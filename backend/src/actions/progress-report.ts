import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { Action } from './action.entity';
import { ActionUpdate } from './action-update.entity';

/**
 * The progress report a change to an action leaves, whether it came as a report or as an edit of the action:
 * who, what they said, and the status and progress before and after. One shape for every path.
 */
export function newProgressReport(
  em: EntityManager,
  actor: AuthUser,
  action: Action,
  before: Pick<Action, 'status' | 'progress'>,
  report: { comment?: string } & Partial<Pick<ActionUpdate, 'judgement' | 'links' | 'attachments'>>,
): ActionUpdate {
  const statusChanged = before.status !== action.status;
  const progressChanged = before.progress !== action.progress;
  return em.create(ActionUpdate, {
    actionId: action.id,
    municipalityId: action.municipalityId,
    authorId: actor.id,
    comment: report.comment?.trim() || null,
    statusFrom: statusChanged ? before.status : null,
    statusTo: statusChanged ? action.status : null,
    progressFrom: progressChanged ? before.progress : null,
    progressTo: progressChanged ? action.progress : null,
    judgement: report.judgement ?? null,
    links: report.links ?? [],
    attachments: report.attachments ?? [],
  });
}
