import {
  findFrameworkProblems,
  frameworkMaxPoints,
  type FrameworkDefinition,
  type QuestionDefinition,
} from '@kompass/shared';
import type { ImportProblem, ImportWarning, ParsedEvaluation, ParsedScore } from './import-result';
import { normaliseName } from './framework-detection';

export interface CatalogueProposal {
  /** The framework with the sub-questions read from the report; what the import validates against. */
  definition: FrameworkDefinition;
  problems: ImportProblem[];
}

function at(score: ParsedScore): Pick<ImportProblem, 'line' | 'row'> {
  return {
    ...(score.line !== undefined ? { line: score.line } : {}),
    ...(score.row !== undefined ? { row: score.row } : {}),
  };
}

function place(score: ParsedScore): string {
  return score.row !== undefined ? ` (row ${score.row})` : score.line !== undefined ? ` (line ${score.line})` : '';
}

/**
 * Reads the sub-question catalogue of an area-level framework from a report's score table: code,
 * question text and max per row. Every row needs all three; each area's maxima must add up to its
 * maximum, and all of them to the framework's total (800 for Kommunkompassen).
 */
export function proposeCatalogue(framework: FrameworkDefinition, parsed: ParsedEvaluation): CatalogueProposal {
  const problems: ImportProblem[] = [];
  const byArea = new Map<number, QuestionDefinition[]>(framework.areas.map((a) => [a.number, []]));
  for (const score of parsed.scores) {
    const area = Number(score.code.split('.')[0]);
    const name = `Sub-question ${score.code}${place(score)}`;
    if (!byArea.has(area)) {
      problems.push({ ...at(score), field: 'code', message: `${name}: ${framework.code} has no area ${area}` });
      continue;
    }
    if (score.max === undefined) {
      problems.push({
        ...at(score),
        field: 'max',
        message: `${name}: the report gives no max, so the sub-question cannot be learned`,
      });
      continue;
    }
    if (!score.question?.trim()) {
      problems.push({
        ...at(score),
        field: 'question',
        message: `${name}: the report gives no question text, so the sub-question cannot be learned`,
      });
      continue;
    }
    byArea.get(area)!.push({ code: score.code, text: score.question.trim(), maxPoints: score.max });
  }
  const definition: FrameworkDefinition = {
    ...framework,
    areas: framework.areas.map((a) => ({ ...a, questions: byArea.get(a.number) ?? [] })),
  };
  if (problems.length) return { definition, problems };
  for (const problem of findFrameworkProblems(definition)) {
    const area = definition.areas[Number(/^areas\[(\d+)\]/.exec(problem.path)?.[1] ?? -1)];
    const message = problem.path.endsWith('.questions')
      ? `Area ${area?.number}: the report has no sub-questions for it`
      : `Learning ${framework.code}: ${problem.message}`;
    problems.push({ field: 'catalogue', message });
  }
  const total = definition.areas.reduce((sum, a) => sum + a.questions.reduce((s, q) => s + q.maxPoints, 0), 0);
  const expected = frameworkMaxPoints(framework);
  if (!problems.length && total !== expected)
    problems.push({
      field: 'catalogue',
      message: `Learning ${framework.code}: the sub-question maxima add up to ${total}, not ${expected}`,
    });
  return { definition, problems };
}

/** Question texts compare without case, punctuation or spacing: a stray comma is not a different question. */
function sameText(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}

/**
 * A later report on a learned revision whose row reads differently from the stored catalogue: a warning
 * naming the row. The catalogue is never changed by it (codes and maxima that differ are blocking problems of the validator).
 */
export function catalogueDifferences(framework: FrameworkDefinition, parsed: ParsedEvaluation): ImportWarning[] {
  const texts = new Map(
    framework.areas.flatMap((a) => a.questions.map((q) => [q.code, { text: q.text, area: a.number }] as const)),
  );
  return parsed.scores.flatMap((score): ImportWarning[] => {
    const stored = texts.get(score.code);
    if (!stored || !score.question || sameText(score.question, stored.text)) return [];
    return [
      {
        code: 'catalogue-row-differs',
        area: stored.area,
        questionCode: score.code,
        ...at(score),
        message: `Sub-question ${score.code}${place(score)} reads "${score.question}" in the report but "${stored.text}" in ${framework.code}; the stored catalogue is kept`,
      },
    ];
  });
}
