import type { ActionRecord } from './plan-types';

/** A field the Excel round trip of a plan's actions may change. */
export type ActionImportField = 'ownerId' | 'departmentId' | 'deadline' | 'priority' | 'status';

/** One changed cell: the column as the export names it, and the values as people read them (names, labels, dates). */
export interface ActionImportChange {
  field: ActionImportField;
  column: string;
  before: string | null;
  after: string | null;
}

/** One row of the uploaded sheet that changes its action. `row` is the Excel row number. */
export interface ActionImportRow {
  row: number;
  actionId: number;
  title: string;
  /** The version the file was exported at. */
  version: number;
  /** The action was saved by someone since the export: applying refuses the whole file with 409. */
  stale: boolean;
  changes: ActionImportChange[];
}

/** `POST /api/action-plans/:id/actions/import`: the preview (dryRun) or what was applied. */
export interface ActionImportResult {
  dryRun: boolean;
  rows: ActionImportRow[];
  /** Rows read that change nothing. */
  unchanged: number;
  /** The actions as saved; empty on a dry run. */
  updated: ActionRecord[];
}
