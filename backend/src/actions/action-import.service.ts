import { Injectable } from '@nestjs/common';
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  isOpenStatus,
  PlanStatus,
  type ActionImportChange,
  type ActionImportResult,
  type ActionImportRow,
  type ApiErrorCode,
  type ApiErrorDetail,
} from '@kompass/shared';
import {
  BadRequestException,
  ConflictException,
  DomainException,
  UnprocessableException,
} from '../common/errors/domain.exception';
import { isCalendarDate } from '../common/dates';
import type { AuthUser } from '../auth/auth-user';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Action } from './action.entity';
import { ActionsRepository } from './actions.repository';
import { ActionBatchService, type BatchItem, type BulkChange } from './action-batch.service';
import { IMPORT_COLUMNS, readActionSheet, type ImportColumn, type SheetRow } from './action-import.reader';

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 50;

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Swedish labels (as exported) and the API's values both read back. */
function choices<T extends string>(labels: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, label] of Object.entries(labels) as [T, string][])
    map.set(norm(label), value).set(norm(value), value);
  return map;
}
const STATUSES = choices(ACTION_STATUS_LABELS.sv);
const PRIORITIES = choices(ACTION_PRIORITY_LABELS.sv);

interface Lookup {
  actions: Map<number, Action>;
  users: User[];
  departments: Department[];
}

/**
 * The Excel round trip of a plan's actions: the plan's export, edited in Excel, read back. A dry run answers the
 * changes per row; applying writes them through ActionBatchService.updateEach (the bulk edit's one write path) with
 * the versions in the file, in one transaction. Any unknown person, department or value refuses the whole file
 * with every problem named by row and column, before anything is written.
 */
@Injectable()
export class ActionImportService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly plans: ActionPlansService,
    private readonly batches: ActionBatchService,
  ) {}

  async import(
    actor: AuthUser,
    planId: number,
    bytes: Buffer | undefined,
    dryRun: boolean,
  ): Promise<ActionImportResult> {
    const plan = await this.plans.find(actor, planId);
    if (!bytes?.length)
      throw new BadRequestException('Send the edited export as a multipart "file" (.xlsx)', [
        { field: 'file', message: 'is missing' },
      ]).withCode('import_no_upload');
    if (plan.status !== PlanStatus.Active)
      throw new UnprocessableException(
        'The plan is closed: its actions are read-only; reopen the plan to change them',
        [{ field: 'planId', message: 'plan is closed' }],
      ).withCode('plan_closed_action_read_only');
    const sheet = await readActionSheet(bytes);
    const { actions, users, departments } = await this.repository.importLookup(planId, plan.municipalityId);
    const lookup: Lookup = { actions: new Map(actions.map((a) => [a.id, a])), users, departments };
    const problems: ApiErrorDetail[] = [];
    const seen = new Map<number, number>();
    const rows: (ActionImportRow & { change: BulkChange })[] = [];
    let unchanged = 0;
    for (const line of sheet) {
      const read = this.readRow(line, lookup, seen, problems);
      if (!read) continue;
      if (read.changes.length) rows.push(read);
      else unchanged++;
    }
    if (problems.length) {
      const shown = problems.slice(0, MAX_PROBLEMS);
      if (problems.length > shown.length)
        shown.push({
          message: `${problems.length - shown.length} more problems`,
          code: 'import_more_problems',
          params: { count: problems.length - shown.length },
        });
      throw new UnprocessableException(
        `The file has ${problems.length} problem(s), so nothing was changed: ${shown[0].field}: ${shown[0].message}`,
        shown,
      ).withCode('action_import_problems', { count: problems.length });
    }
    const preview = rows.map(({ change: _change, ...row }) => row);
    if (dryRun || !rows.length) return { dryRun, rows: preview, unchanged, updated: [] };
    const items: BatchItem[] = rows.map((r) => ({ id: r.actionId, version: r.version, change: r.change }));
    try {
      return { dryRun, rows: preview, unchanged, updated: await this.batches.updateEach(actor, items) };
    } catch (error) {
      if (error instanceof ConflictException && Array.isArray(error.extra?.staleIds)) throw staleRows(error, rows);
      throw error;
    }
  }

  /** One row: its action, version and the changes it makes; problems are collected, not thrown. */
  private readRow(
    line: SheetRow,
    lookup: Lookup,
    seen: Map<number, number>,
    problems: ApiErrorDetail[],
  ): (ActionImportRow & { change: BulkChange }) | null {
    const problem = (
      column: ImportColumn,
      code: ApiErrorCode,
      value: string,
      message: string,
      extra: Record<string, string> = {},
    ) =>
      problems.push({
        field: `rad ${line.row}, ${IMPORT_COLUMNS[column]}`,
        message,
        code,
        params: { row: line.row, column: IMPORT_COLUMNS[column], value, ...extra },
      });
    const { cells } = line;
    const idText = cells.id ?? '';
    const action = /^\d{1,9}$/.test(idText) ? lookup.actions.get(Number(idText)) : undefined;
    if (!action) {
      problem('id', 'action_import_unknown_action', idText, `"${idText}" is not an action of this plan`);
      return null;
    }
    const earlier = seen.get(action.id);
    if (earlier !== undefined) {
      problem('id', 'action_import_duplicate_action', idText, `action ${action.id} is already on row ${earlier}`);
      return null;
    }
    seen.set(action.id, line.row);
    const versionText = cells.version ?? '';
    if (!/^\d{1,9}$/.test(versionText) || Number(versionText) < 1) {
      problem(
        'version',
        'action_import_bad_value',
        versionText,
        `"${versionText}" is not the version number of the export`,
        { choices: '1, 2, 3 …' },
      );
      return null;
    }
    const change: BulkChange = {};
    const changes: ActionImportChange[] = [];
    const userName = (id: number | null) =>
      id === null ? null : (lookup.users.find((u) => u.id === id)?.name ?? `#${id}`);
    const departmentName = (id: number | null) =>
      id === null ? null : (lookup.departments.find((d) => d.id === id)?.name ?? `#${id}`);
    const record = (
      field: ActionImportChange['field'],
      column: ImportColumn,
      before: string | null,
      after: string | null,
    ) => changes.push({ field, column: IMPORT_COLUMNS[column], before, after });

    if (cells.owner !== undefined) {
      const ownerId = this.person(cells.owner, lookup.users, (code, message) =>
        problem('owner', code, cells.owner!, message),
      );
      if (ownerId !== undefined && ownerId !== action.ownerId) {
        change.ownerId = ownerId;
        record('ownerId', 'owner', userName(action.ownerId), userName(ownerId));
      }
    }
    if (cells.department !== undefined) {
      const name = cells.department;
      const department = name === '' ? null : lookup.departments.find((d) => norm(d.name) === norm(name));
      if (department === undefined)
        problem(
          'department',
          'action_import_unknown_department',
          name,
          `"${name}" is not a department of the municipality`,
        );
      else if ((department?.id ?? null) !== action.departmentId) {
        change.departmentId = department?.id ?? null;
        record('departmentId', 'department', departmentName(action.departmentId), department?.name ?? null);
      }
    }
    if (cells.deadline !== undefined) {
      const deadline = cells.deadline.slice(0, 10);
      if (
        !isCalendarDate(deadline) ||
        (cells.deadline.length > 10 && !/^\d{4}-\d{2}-\d{2}[ T]00:00(:00)?/.test(cells.deadline))
      )
        problem('deadline', 'action_import_bad_date', cells.deadline, `"${cells.deadline}" is not a date (YYYY-MM-DD)`);
      else if (deadline !== action.deadline) {
        change.deadline = deadline;
        record('deadline', 'deadline', action.deadline, deadline);
      }
    }
    if (cells.priority !== undefined && cells.priority !== '') {
      const priority = PRIORITIES.get(norm(cells.priority));
      if (!priority)
        problem('priority', 'action_import_bad_value', cells.priority, `"${cells.priority}" is not a priority`, {
          choices: Object.values(ACTION_PRIORITY_LABELS.sv).join(', '),
        });
      else if (priority !== action.priority) {
        change.priority = priority;
        record('priority', 'priority', ACTION_PRIORITY_LABELS.sv[action.priority], ACTION_PRIORITY_LABELS.sv[priority]);
      }
    }
    if (cells.status !== undefined && cells.status !== '') {
      const status = STATUSES.get(norm(cells.status));
      if (!status)
        problem('status', 'action_import_bad_value', cells.status, `"${cells.status}" is not a status`, {
          choices: Object.values(ACTION_STATUS_LABELS.sv).join(', '),
        });
      else if (status !== action.status) {
        // Done needs what was achieved and cancelled a reason: a progress report written in Kompass, not a cell.
        if (!isOpenStatus(status))
          problem(
            'status',
            'action_import_needs_comment',
            cells.status,
            `marking an action ${ACTION_STATUS_LABELS.sv[status]} needs a comment: do it on the action in Kompass`,
          );
        else {
          change.status = status;
          record('status', 'status', ACTION_STATUS_LABELS.sv[action.status], ACTION_STATUS_LABELS.sv[status]);
        }
      }
    }
    const version = Number(versionText);
    return {
      row: line.row,
      actionId: action.id,
      title: action.title,
      version,
      stale: version !== action.version,
      changes,
      change,
    };
  }

  /** A person by name or email among the municipality's active users; '' clears the owner; undefined on a problem. */
  private person(
    text: string,
    users: User[],
    problem: (code: ApiErrorCode, message: string) => void,
  ): number | null | undefined {
    if (text === '') return null;
    const active = users.filter((u) => u.active);
    const byEmail = active.filter((u) => u.email === norm(text));
    const matches = byEmail.length ? byEmail : active.filter((u) => norm(u.name) === norm(text));
    if (matches.length === 1) return matches[0].id;
    if (matches.length > 1)
      problem(
        'action_import_ambiguous_person',
        `several active users are called "${text}": write the email address instead`,
      );
    else problem('action_import_unknown_person', `"${text}" is not an active user of the municipality`);
    return undefined;
  }
}

/** The batch's 409, naming the rows of the stale actions too. */
function staleRows(error: ConflictException, rows: ActionImportRow[]): DomainException {
  const staleIds = error.extra!.staleIds as number[];
  const stale = rows.filter((r) => staleIds.includes(r.actionId)).map((r) => r.row);
  return new ConflictException(
    `Row ${stale.join(', ')} (action ${staleIds.join(', ')}) changed in Kompass since the export, so nothing was changed. Export again and redo the change`,
    { ...error.extra, staleRows: stale },
  ).withCode('action_import_stale', { rows: stale.join(', '), ids: staleIds.join(', ') });
}
