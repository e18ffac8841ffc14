import type { FrameworkDefinition } from '@kompass/shared';
import { ImportProblem, ImportWarning, ParsedEvaluation, ParsedScore } from './import-result';

export interface ValidationResult {
  problems: ImportProblem[];
  warnings: ImportWarning[];
}

function where(item: { line?: number; row?: number }): Pick<ImportProblem, 'line' | 'row'> {
  const at: Pick<ImportProblem, 'line' | 'row'> = {};
  if (item.line !== undefined) at.line = item.line;
  if (item.row !== undefined) at.row = item.row;
  return at;
}

function place(item: { line?: number; row?: number }): string {
  if (item.row !== undefined) return ` (row ${item.row})`;
  if (item.line !== undefined) return ` (line ${item.line})`;
  return '';
}

/** Printed percentages are rounded by hand in reports; only a difference of a whole point or more counts. */
function percentDiffers(stated: number, achieved: number, max: number): boolean {
  return max > 0 && Math.abs(stated - (achieved / max) * 100) >= 1;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '');
}

/**
 * Checks a parsed evaluation against the framework it claims to follow. Problems block the import
 * (each names its line or row); warnings are inconsistencies in the source the user should see,
 * such as a printed area total that is not the sum of its sub-questions.
 */
export function validateEvaluation(parsed: ParsedEvaluation, framework: FrameworkDefinition): ValidationResult {
  const problems: ImportProblem[] = [];
  const warnings: ImportWarning[] = [];
  const questions = new Map(
    framework.areas.flatMap((a) => a.questions.map((q) => [q.code, { area: a.number, max: q.maxPoints }] as const)),
  );
  const areas = new Map(framework.areas.map((a) => [a.number, a]));
  const seen = new Map<string, ParsedScore>();
  const valid: ParsedScore[] = [];

  for (const score of parsed.scores) {
    const question = questions.get(score.code);
    const at = where(score);
    if (!question) {
      problems.push({
        ...at,
        field: 'code',
        code: 'import_unknown_code',
        params: { code: score.code, framework: framework.code },
        message: `Unknown sub-question ${score.code}${place(score)}: ${framework.code} has no such code`,
      });
      continue;
    }
    const first = seen.get(score.code);
    if (first) {
      problems.push({
        ...at,
        field: 'code',
        code: 'import_duplicate_code',
        params: { code: score.code },
        message: `Sub-question ${score.code} appears twice${place(first)}${place(score)}`,
      });
      continue;
    }
    seen.set(score.code, score);
    const name = `Sub-question ${score.code}${place(score)}`;
    if (score.max !== undefined && score.max !== question.max) {
      const message = `${name} has max ${fmt(score.max)}, but ${framework.code} gives it ${question.max}: is this the right framework?`;
      problems.push({
        ...at,
        field: 'max',
        code: 'import_max_mismatch',
        params: { code: score.code, found: fmt(score.max), max: question.max, framework: framework.code },
        message,
      });
    }
    const achieved = score.achieved;
    if (achieved === null || !Number.isFinite(achieved)) {
      const shown = score.achievedText ? `"${score.achievedText}"` : 'nothing';
      problems.push({
        ...at,
        field: 'achieved',
        code: 'import_achieved_not_number',
        params: { code: score.code, found: score.achievedText ?? '' },
        message: `${name}: achieved points must be a number, found ${shown}`,
      });
      continue;
    }
    if (achieved < 0) {
      problems.push({
        ...at,
        field: 'achieved',
        code: 'import_achieved_negative',
        params: { code: score.code, found: fmt(achieved) },
        message: `${name}: achieved points cannot be negative (${fmt(achieved)})`,
      });
      continue;
    }
    if (achieved > question.max) {
      problems.push({
        ...at,
        field: 'achieved',
        code: 'import_achieved_over_max',
        params: { code: score.code, found: fmt(achieved), max: question.max },
        message: `${name}: ${fmt(achieved)} achieved is more than its max ${question.max}`,
      });
      continue;
    }
    if (score.statedPercent !== undefined && percentDiffers(score.statedPercent, achieved, question.max)) {
      warnings.push({
        code: 'percent-mismatch',
        area: question.area,
        questionCode: score.code,
        ...at,
        message:
          `${name}: ${fmt(achieved)}/${question.max} is ${Math.round((achieved / question.max) * 100)}%, ` +
          `but the report prints ${fmt(score.statedPercent)}%`,
      });
    }
    valid.push(score);
  }

  const totalsSeen = new Set<number>();
  for (const total of parsed.areaTotals) {
    const area = areas.get(total.area);
    const at = where(total);
    if (!area) {
      const message = `Unknown area ${total.area}${place(total)}: ${framework.code} has areas ${[...areas.keys()].join(', ')}`;
      problems.push({
        ...at,
        field: 'area',
        code: 'import_area_unknown',
        params: { area: total.area, areas: [...areas.keys()].join(', ') },
        message,
      });
      continue;
    }
    if (totalsSeen.has(total.area)) {
      problems.push({
        ...at,
        field: 'area',
        code: 'import_area_total_twice',
        params: { area: total.area },
        message: `Area ${total.area} has two totals${place(total)}`,
      });
      continue;
    }
    totalsSeen.add(total.area);
    if (total.statedMax !== undefined && total.statedMax !== area.maxPoints) {
      const message = `Area ${total.area}${place(total)} has max ${fmt(total.statedMax)}, but ${framework.code} gives it ${area.maxPoints}`;
      problems.push({
        ...at,
        field: 'max',
        code: 'import_max_mismatch',
        params: {
          code: String(total.area),
          found: fmt(total.statedMax),
          max: area.maxPoints,
          framework: framework.code,
        },
        message,
      });
    }
    const stated = total.statedTotal;
    if (stated === undefined) continue;
    if (!Number.isFinite(stated) || stated < 0 || stated > area.maxPoints) {
      problems.push({
        ...at,
        field: 'total',
        code: 'import_area_total_out_of_range',
        params: { area: total.area, found: fmt(stated), max: area.maxPoints },
        message: `Area ${total.area}${place(total)}: total ${fmt(stated)} is outside 0–${area.maxPoints}`,
      });
      continue;
    }
    const areaScores = valid.filter((s) => questions.get(s.code)?.area === total.area);
    if (areaScores.length === area.questions.length) {
      const sum = areaScores.reduce((acc, s) => acc + (s.achieved as number), 0);
      if (Math.abs(sum - stated) > 1e-9) {
        warnings.push({
          code: 'area-total-mismatch',
          area: total.area,
          ...at,
          message:
            `Area ${total.area}: the report states a total of ${fmt(stated)}${place(total)}, ` +
            `but its sub-questions sum to ${fmt(sum)}; the sub-question scores are kept`,
        });
      }
    }
    if (total.statedPercent !== undefined && percentDiffers(total.statedPercent, stated, area.maxPoints)) {
      warnings.push({
        code: 'percent-mismatch',
        area: total.area,
        ...at,
        message: `Area ${total.area}${place(total)}: ${fmt(stated)}/${area.maxPoints} is not the printed ${fmt(total.statedPercent)}%`,
      });
    }
  }

  checkCoverage(parsed, framework, seen, totalsSeen, problems, warnings);
  checkFindings(parsed, areas, warnings);
  checkPeriod(parsed, framework, warnings);
  return { problems, warnings };
}

function checkCoverage(
  parsed: ParsedEvaluation,
  framework: FrameworkDefinition,
  scored: Map<string, ParsedScore>,
  totals: Set<number>,
  problems: ImportProblem[],
  warnings: ImportWarning[],
): void {
  if (parsed.scores.length === 0 && parsed.areaTotals.length === 0) {
    problems.push({
      code: 'import_no_scores',
      message:
        'No scores were found: expected sub-question rows such as "1.1 ... 8 15 53%", area totals, or a filled-in Uppnått column',
    });
    return;
  }
  if (parsed.scores.length === 0) {
    warnings.push({
      code: 'area-level-only',
      message: 'The import has area totals but no sub-question scores: comparisons will work at area level only',
    });
  }
  for (const area of framework.areas) {
    const missing = area.questions.filter((q) => !scored.has(q.code)).map((q) => q.code);
    if (parsed.scores.length > 0 && missing.length < area.questions.length) {
      for (const code of missing) {
        warnings.push({
          code: 'missing-question',
          area: area.number,
          questionCode: code,
          message: `Sub-question ${code} has no score`,
        });
      }
    } else if (missing.length === area.questions.length && !totals.has(area.number)) {
      warnings.push({
        code: 'missing-area',
        area: area.number,
        message: `Area ${area.number} (${area.name}) has no scores and no total`,
      });
    }
  }
}

function checkFindings(parsed: ParsedEvaluation, areas: Map<number, unknown>, warnings: ImportWarning[]): void {
  const unknown = new Set(parsed.findings.filter((f) => !areas.has(f.area)).map((f) => f.area));
  for (const area of unknown) {
    warnings.push({
      code: 'unknown-area',
      area,
      message: `Strengths/improvements for area ${area}, which the framework does not have`,
    });
  }
}

function checkPeriod(parsed: ParsedEvaluation, framework: FrameworkDefinition, warnings: ImportWarning[]): void {
  const year = parsed.evaluatedAt ? Number(parsed.evaluatedAt.slice(0, 4)) : undefined;
  if (year === undefined || !Number.isFinite(year)) return;
  if (
    (framework.validFrom !== undefined && year < framework.validFrom) ||
    (framework.validTo !== undefined && year > framework.validTo)
  ) {
    warnings.push({
      code: 'outside-framework-period',
      year,
      validFrom: framework.validFrom,
      validTo: framework.validTo,
      framework: framework.name,
      message: `The evaluation is from ${year}, outside the years ${framework.validFrom ?? '…'}–${framework.validTo ?? '…'} of ${framework.name}`,
    });
  }
}
