import type { ApiErrorCode, ApiErrorDetail, ApiErrorParams, FindingKind, ImportFormat } from '@kompass/shared';

export type { ImportFormat } from '@kompass/shared';

/** One sub-question score as read. `line` is set for text/PDF sources, `row` for spreadsheets (both 1-based, as the user sees them). */
export interface ParsedScore {
  code: string;
  /** null when the cell/column was empty or not a number; `achievedText` then says what was there. */
  achieved: number | null;
  achievedText?: string;
  max?: number;
  statedPercent?: number;
  question?: string;
  line?: number;
  row?: number;
}

/** An area total as printed in the report (the sum row of section 4, or the big number beside "Rubriker"). */
export interface ParsedAreaTotal {
  area: number;
  statedTotal?: number;
  statedMax?: number;
  statedPercent?: number;
  line?: number;
  row?: number;
}

/** 'strength' | 'improvement': the string values of the shared FindingKind enum. */
export type ParsedFindingKind = `${FindingKind}`;

export interface SuggestedQuestion {
  code: string;
  /** 0..1, a textual similarity, not a probability */
  confidence: number;
  /** Weak similarity (or none: the area's first question), for the coordinator to confirm. */
  lowConfidence?: true;
}

export interface ParsedFinding {
  area: number;
  kind: ParsedFindingKind;
  text: string;
  /** 1-based position within its area and kind, in document order */
  order: number;
  suggestedQuestionCodes: SuggestedQuestion[];
  line?: number;
  row?: number;
}

/** An area's name as the score table heads it ("1. Samspel mellan förtroendevalda och medborgare"): tells model revisions apart. */
export interface ParsedAreaName {
  area: number;
  name: string;
  line?: number;
}

export interface ParsedEvaluator {
  name: string;
  organisation?: string;
}

export interface ParsedEvaluation {
  format: ImportFormat;
  scores: ParsedScore[];
  areaTotals: ParsedAreaTotal[];
  findings: ParsedFinding[];
  areaNames?: ParsedAreaName[];
  /** "YYYY-MM" when the report only names a month, "YYYY-MM-DD" when it gives a date */
  evaluatedAt?: string;
  label?: string;
  evaluators?: ParsedEvaluator[];
  municipalityName?: string;
}

/** A blocking problem: the import must not be saved while any exist. */
export interface ImportProblem {
  line?: number;
  row?: number;
  field?: string;
  message: string;
  /** What the UI translates, with `params` (and row/line) interpolated. */
  code?: ApiErrorCode;
  params?: ApiErrorParams;
}

export type ImportWarningCode =
  | 'area-total-mismatch'
  | 'area-total-conflict'
  | 'percent-mismatch'
  | 'missing-question'
  | 'missing-area'
  | 'area-level-only'
  | 'unknown-area'
  | 'outside-framework-period'
  | 'unreadable-row'
  | 'catalogue-row-differs'
  | 'hand-made-framework';

/** Worth showing to the user, but the import may proceed. */
export interface ImportWarning {
  code: ImportWarningCode;
  area?: number;
  questionCode?: string;
  line?: number;
  row?: number;
  /** outside-framework-period: the evaluation's year, the framework's years and name */
  year?: number;
  validFrom?: number;
  validTo?: number;
  framework?: string;
  message: string;
}

/** What each parser and the pipeline return. */
export interface ImportOutcome {
  parsed: ParsedEvaluation;
  problems: ImportProblem[];
  warnings: ImportWarning[];
}

export function emptyEvaluation(format: ImportFormat): ParsedEvaluation {
  return { format, scores: [], areaTotals: [], findings: [] };
}

/** Base of the two typed failures, so callers can tell them from bugs with one `instanceof`. */
export abstract class ImportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The document was read, but its content breaks rules (over-max scores, unknown codes...): API → 422. */
export class ImportError extends ImportFailure {
  constructor(
    readonly problems: ImportProblem[],
    message = `The import has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  ) {
    super(message);
  }
}

export type UnreadableReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported-format'
  | 'unreadable'
  | 'no-text-layer'
  | 'timeout'
  | 'not-kommunkompassen';

/** Each reason as the API error code the UI translates. */
export const UNREADABLE_CODES: Record<UnreadableReason, ApiErrorCode> = {
  empty: 'import_empty',
  binary: 'import_binary',
  'too-large': 'import_too_large',
  'unsupported-format': 'import_unsupported_format',
  unreadable: 'import_unreadable',
  'no-text-layer': 'import_no_text_layer',
  timeout: 'import_timeout',
  'not-kommunkompassen': 'import_not_kommunkompassen',
};

/** The upload could not be read as a Kommunkompassen document at all: API → 400 (or 422), message shown as is. */
export class UnreadableDocumentError extends ImportFailure {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
  }
}

export function isImportFailure(error: unknown): error is ImportFailure {
  return error instanceof ImportFailure;
}

/** Throws an ImportError when the outcome has blocking problems; returns it unchanged otherwise. */
export function ensureImportable(outcome: ImportOutcome): ImportOutcome {
  if (outcome.problems.length > 0) throw new ImportError(outcome.problems);
  return outcome;
}

/**
 * At most this many problems are listed one by one. A file that is not the template at all can have one per row
 * (333,330 for a 2 MB CSV): nobody reads that, and it made a 30 MB answer.
 */
export const MAX_PROBLEM_DETAILS = 100;

/** Shapes problems as the API's error details: `field` says where ("row 12", "line 340", "row 3, Uppnått"). */
export function toApiErrorDetails(problems: ImportProblem[]): ApiErrorDetail[] {
  const listed = problems.slice(0, MAX_PROBLEM_DETAILS).map((p) => {
    const where = [
      p.row !== undefined ? `row ${p.row}` : undefined,
      p.line !== undefined ? `line ${p.line}` : undefined,
      p.field,
    ]
      .filter(Boolean)
      .join(', ');
    const params = {
      ...p.params,
      ...(p.row !== undefined ? { row: p.row } : {}),
      ...(p.line !== undefined ? { line: p.line } : {}),
    };
    const coded = p.code ? { code: p.code, params } : {};
    return where ? { field: where, message: p.message, ...coded } : { message: p.message, ...coded };
  });
  const more = problems.length - listed.length;
  return more > 0
    ? [
        ...listed,
        {
          message: `${more} more problem(s) not listed: fix the ones above and import again`,
          code: 'import_more_problems',
          params: { count: more },
        },
      ]
    : listed;
}
