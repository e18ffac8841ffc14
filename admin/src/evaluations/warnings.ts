import type { TranslateFunction as Translate } from 'react-admin';
import type { AreaScore, EvaluationWarning } from '@kompass/shared';
import { translateApiField } from '../api';

/** What a warning's text may draw on besides its own fields. */
export interface WarningContext {
  areas?: AreaScore[];
  /** The municipality the report names (import preview only) */
  reportMunicipality?: string | null;
}

/** Warning codes with a message of their own in `kompass.warnings.*`; others show the API's English text. */
const KNOWN_CODES = new Set([
  'area-total-mismatch',
  'area-total-conflict',
  'percent-mismatch',
  'missing-question',
  'missing-area',
  'area-level-only',
  'municipality-mismatch',
  'duplicate-source',
  'unknown-area',
  'outside-framework-period',
  'catalogue-row-differs',
  'hand-made-framework',
]);

function question(areas: AreaScore[] | undefined, code: string | undefined) {
  if (!code) return undefined;
  return areas?.flatMap((a) => a.questions).find((q) => q.code === code);
}

/** Picks the message variant whose numbers are known, e.g. the stated and summed totals of an area. */
function messageKey(
  warning: EvaluationWarning,
  context: WarningContext,
): { key: string; values: Record<string, unknown> } {
  const area = context.areas?.find((a) => a.area === warning.area);
  const values: Record<string, unknown> = {
    area: warning.area,
    code: warning.questionCode,
    areaName: area?.name ?? '',
  };
  const base = `kompass.warnings.${warning.code}`;
  switch (warning.code) {
    case 'area-total-mismatch':
      if (area && area.statedTotal !== null && area.achieved !== null)
        return { key: `${base}_numbers`, values: { ...values, stated: area.statedTotal, sum: area.achieved } };
      return { key: base, values };
    case 'percent-mismatch': {
      const q = question(context.areas, warning.questionCode);
      if (q && q.achieved !== null && q.percent !== null && q.statedPercent !== null)
        return {
          key: `${base}_question`,
          values: { ...values, achieved: q.achieved, max: q.maxPoints, percent: q.percent, stated: q.statedPercent },
        };
      return { key: warning.questionCode ? `${base}_question_plain` : `${base}_area`, values };
    }
    case 'municipality-mismatch':
      return context.reportMunicipality
        ? { key: `${base}_named`, values: { ...values, name: context.reportMunicipality } }
        : { key: base, values };
    case 'outside-framework-period':
      // Older stored warnings lack the years; the plain text still names the consequence
      return warning.year !== undefined && warning.framework
        ? {
            key: `${base}_years`,
            values: {
              ...values,
              year: warning.year,
              framework: warning.framework,
              from: warning.validFrom ?? '…',
              to: warning.validTo ?? '…',
            },
          }
        : { key: base, values };
    case 'unknown-area':
      return { key: warning.area === undefined ? `${base}_before_heading` : base, values };
    default:
      return { key: base, values };
  }
}

/** The warning in the UI language, with where it is in the source ("rad 383"). */
export function warningText(warning: EvaluationWarning, translate: Translate, context: WarningContext = {}): string {
  let text = warning.message;
  if (KNOWN_CODES.has(warning.code)) {
    const { key, values } = messageKey(warning, context);
    text = translate(key, { ...values, _: warning.message });
  }
  const line = warning.line ?? warning.row;
  if (line !== undefined)
    text += ` ${translate(warning.line !== undefined ? 'kompass.warnings.at_line' : 'kompass.warnings.at_row', { line })}`;
  return text;
}

/**
 * "line 340" → "Rad 340" and "row 12, achieved" → "Rad 12, achieved" for the error list
 * of a failed import; other fields ("content", "findings[3].area") as they are.
 */
export function problemPlace(field: string | undefined, translate: Translate): string | undefined {
  if (!field) return undefined;
  const match = /^(line|row)\s+(\d+)(?:,\s*(.*))?$/i.exec(field);
  if (!match) return translateApiField(field) ?? undefined;
  const key = match[1].toLowerCase() === 'line' ? 'kompass.import.problem_line' : 'kompass.import.problem_row';
  // The rest names a column: a label where the UI has one, else as the report wrote it (e.g. "Område")
  const column = match[3] ? (translateApiField(match[3]) ?? (/^[a-z]/.test(match[3]) ? null : match[3])) : null;
  return column ? `${translate(key, { line: match[2] })}, ${column}` : translate(key, { line: match[2] });
}
