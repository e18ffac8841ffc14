import { todayIn } from '../common/dates';
import { counted, pluralOf } from '../common/plural';
import {
  ACTION_STATUS_LABELS,
  SWEDISH_MONTHS,
  type ActionStatus,
  type ComparedEvaluation,
  type ComparisonWarning,
  type ReevaluationReport,
  type ReportInsight,
  type ScoreVerdict,
} from '@kompass/shared';

/** Swedish wording shared by the PDF and the XLSX, so both say the same thing in the same words. */

export const VERDICT_SV: Record<ScoreVerdict, string> = {
  improved: 'Förbättrad',
  unchanged: 'Oförändrad',
  declined: 'Försämrad',
};

export const statusSv = (status: ActionStatus) => ACTION_STATUS_LABELS.sv[status];

const MONTHS = SWEDISH_MONTHS;

/** "september 2017" when only the month is known, "15 oktober 2021" otherwise. */
/** An instant's calendar day in the municipality's zone: a mark at 00:30 in Stockholm is that day, not UTC's. */
export function dayIn(timeZone: string | undefined, instant: string | Date): string {
  return todayIn(timeZone ?? 'Europe/Stockholm', new Date(instant));
}

export function dateSv(date: string, precision: 'month' | 'day' = 'day'): string {
  const [y, m, d] = date.split('-').map(Number);
  return precision === 'month' ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Signed, with an en dash for minus (Helvetica's WinAnsi has no U+2212); "±0" makes "no change" explicit. */
export function signed(n: number | null): string {
  if (n === null) return '–';
  return n > 0 ? `+${n}` : n < 0 ? `–${-n}` : '±0';
}

export const orDash = (n: number | null) => (n === null ? '–' : String(n));

export function evaluationLine(e: ComparedEvaluation): string {
  return `${e.label} (${dateSv(e.date, e.datePrecision)})`;
}

const actionsWord = (n: number, done = false) =>
  done
    ? counted('sv', n, { one: 'klar åtgärd', other: 'klara åtgärder' })
    : counted('sv', n, { one: 'åtgärd', other: 'åtgärder' });

/** «Delfråga 1.3 ”Informerar invånare om resultat?”» or «Område 3 ”Politisk styrning”». */
function subject(i: ReportInsight): string {
  return i.code ? `Delfråga ${i.code} ”${i.text}”` : `Område ${i.area} ”${i.text}”`;
}

const fromTo = (i: ReportInsight) => `från ${orDash(i.before)} till ${orDash(i.after)} av ${i.max}`;

export interface InsightGroup {
  key: keyof ReevaluationReport['insights'];
  heading: string;
  sentences: string[];
}

/** One Swedish sentence per insight, grouped as the report lists them. */
export function insightGroups(report: Pick<ReevaluationReport, 'insights'>): InsightGroup[] {
  const { insights } = report;
  return [
    {
      key: 'improvedWithDoneActions' as const,
      heading: 'Förbättrat där åtgärder genomförts',
      sentences: insights.improvedWithDoneActions.map(
        (i) =>
          `${subject(i)} förbättrades med ${i.delta} poäng (${fromTo(i)}), med ${actionsWord(i.doneActions, true)} bakom.`,
      ),
    },
    {
      key: 'improvedWithPlannedActions' as const,
      heading: 'Förbättrat med åtgärder som inte är klara',
      sentences: insights.improvedWithPlannedActions.map(
        (i) =>
          `${subject(i)} förbättrades med ${i.delta} poäng (${fromTo(i)}), med ${actionsWord(i.actions)} som inte ${pluralOf('sv', i.actions, { one: 'är klar', other: 'är klara' })}.`,
      ),
    },
    {
      key: 'improvedWithoutActions' as const,
      heading: 'Förbättrat utan åtgärder i planen',
      sentences: insights.improvedWithoutActions.map(
        (i) => `${subject(i)} förbättrades med ${i.delta} poäng (${fromTo(i)}) utan någon åtgärd i planen.`,
      ),
    },
    {
      key: 'unchangedDespiteDoneActions' as const,
      heading: 'Oförändrat trots genomförda åtgärder',
      sentences: insights.unchangedDespiteDoneActions.map(
        (i) =>
          `${subject(i)} är oförändrad på ${orDash(i.after)} av ${i.max} poäng trots ${actionsWord(i.doneActions, true)}.`,
      ),
    },
    {
      key: 'declined' as const,
      heading: 'Försämrat',
      sentences: insights.declined.map(
        (i) =>
          `${subject(i)} försämrades med ${-i.delta} poäng (${fromTo(i)}); ` +
          (i.actions === 0
            ? 'ingen åtgärd i planen var kopplad.'
            : i.actions === 1
              ? `1 åtgärd var kopplad, ${i.doneActions ? 'och den är klar' : 'men den är inte klar'}.`
              : `${i.actions} åtgärder var kopplade, varav ${counted('sv', i.doneActions, { one: 'klar', other: 'klara' })}.`),
      ),
    },
  ].filter((g) => g.sentences.length > 0);
}

/** The comparison's warnings in Swedish, for readers of the PDF and the XLSX. */
export function warningSv(w: ComparisonWarning, report: Pick<ReevaluationReport, 'baseline' | 'followUp'>): string {
  const which = w.evaluation === 'followUp' ? report.followUp : report.baseline;
  switch (w.code) {
    case 'area-total-mismatch':
      return `Område ${w.area} i ${which.label}: rapporten anger ${w.stated} poäng men delfrågorna summerar till ${w.derived}. Jämförelsen använder ${w.derived}.`;
    case 'missing-score':
      return `Delfråga ${w.questionCode} saknar poäng i ${which.label}; område ${w.area} summerar de delfrågor som finns.`;
    case 'reversed-order':
      return 'Utgångsläget är senare än omvärderingen det jämförs med; förändringarna läses bakåt i tiden.';
    default:
      return w.message;
  }
}

export const AREA_LEVEL_NOTE_SV =
  'Jämförelsen görs på områdesnivå: en av utvärderingarna redovisar bara summor per område, så delfrågorna kan inte jämföras.';
