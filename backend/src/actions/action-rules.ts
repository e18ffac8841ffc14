import { ActionStatus, isOpenStatus, Role } from '@kompass/shared';
import { ForbiddenException, UnprocessableException } from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import type { Action } from './action.entity';

const isCoordinating = (actor: AuthUser) => actor.role === Role.Admin || actor.role === Role.Coordinator;

/** Department heads report on actions they own or that belong to their department; coordinators on all. */
export function assertMayReport(actor: AuthUser, action: Action): void {
  if (isCoordinating(actor)) return;
  if (actor.role === Role.DepartmentHead) {
    const owns = action.ownerId === actor.id;
    const ofDepartment = actor.departmentId !== null && action.departmentId === actor.departmentId;
    if (owns || ofDepartment) return;
    throw new ForbiddenException('Only the owner, the head of its department or a coordinator can update this action');
  }
  throw new ForbiddenException();
}

/** What a department head may change with PUT; planning fields (title, owner, deadline…) are the coordinator's. */
const DEPARTMENT_HEAD_FIELDS = new Set([
  'status',
  'progress',
  'description',
  'expectedEffect',
  'startDate',
  'comment',
  'version',
]);

export function assertMayEditFields(actor: AuthUser, fields: string[]): void {
  if (isCoordinating(actor)) return;
  const refused = fields.filter((f) => !DEPARTMENT_HEAD_FIELDS.has(f));
  if (refused.length)
    throw new ForbiddenException(
      `Only a coordinator can change ${refused.join(', ')}; you can report status, progress and a comment`,
    ).withCode('coordinator_fields_only');
}

/**
 * Status rules: done needs a comment (what was achieved), cancelled needs a reason, and reopening a done or
 * cancelled action is the coordinator's. Done sets progress to 100 and records when.
 */
export function applyStatusChange(
  actor: AuthUser,
  action: Action,
  to: ActionStatus,
  comment: string | undefined,
  now = new Date(),
): void {
  const from = action.status;
  if (to === from) return;
  if (!isOpenStatus(from) && !isCoordinating(actor))
    throw new ForbiddenException('Only a coordinator can reopen a done or cancelled action').withCode(
      'reopen_coordinator_only',
    );
  if (to === ActionStatus.Done && !comment?.trim())
    throw new UnprocessableException('Marking an action done needs a comment on what was achieved', [
      { field: 'comment', message: 'is required when status becomes done' },
    ]).withCode('done_needs_comment');
  if (to === ActionStatus.Cancelled && !comment?.trim())
    throw new UnprocessableException('Cancelling an action needs a reason', [
      { field: 'comment', message: 'is required when status becomes cancelled' },
    ]).withCode('cancel_needs_reason');
  action.status = to;
  if (to === ActionStatus.Done) {
    action.progress = 100;
    action.doneAt = now;
  } else {
    action.doneAt = null;
  }
}
