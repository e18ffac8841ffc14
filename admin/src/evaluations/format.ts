import type { TranslateFunction } from 'react-admin';
import type { EvaluationSummary } from '@kompass/shared';

/** "2017-09" when only the month is known, else "2017-09-14" (Swedish date format in every language). */
export function formatEvaluatedAt(evaluation: Pick<EvaluationSummary, 'evaluatedAt' | 'evaluatedAtPrecision'>): string {
  return evaluation.evaluatedAtPrecision === 'month' ? evaluation.evaluatedAt.slice(0, 7) : evaluation.evaluatedAt;
}

/** "53 %" (sv) / "53%" (en), or a dash when unknown. */
export function formatPercent(percent: number | null | undefined, translate: TranslateFunction): string {
  return percent == null ? '–' : translate('kompass.scores.percent', { percent });
}

export function percentOf(achieved: number | null, max: number): number | null {
  return achieved === null || max <= 0 ? null : Math.round((achieved / max) * 100);
}

/** "427 av 800 poäng" */
export function formatTotal(achieved: number | null, max: number, translate: TranslateFunction): string {
  return translate('kompass.scores.points_of', { achieved: achieved ?? '–', max });
}

/** The report states an area total other than its sub-questions' sum. */
export function totalDiffers(area: { achieved: number | null; statedTotal: number | null }): boolean {
  return area.statedTotal !== null && area.achieved !== null && area.statedTotal !== area.achieved;
}
