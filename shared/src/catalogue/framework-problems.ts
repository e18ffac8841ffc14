import { FrameworkDefinition } from './framework-definition';

export interface FrameworkProblem {
  /** Where, as a JSON-ish path: "areas[2].questions[0].code" */
  path: string;
  message: string;
}

const CODE_PATTERN = /^(\d{1,2})\.(\d{1,2})$/;

/**
 * Structural rules every framework version must satisfy: unique area numbers and question codes,
 * codes prefixed by their area number, positive points, and question max points summing to the area max.
 * A framework may be at area level (no area has questions, as KK2020 until a report teaches its
 * sub-questions), but not half of each.
 */
export function findFrameworkProblems(def: FrameworkDefinition): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const areaLevel = isAreaLevel(def);
  const areaNumbers = new Set<number>();
  const codes = new Set<string>();
  def.areas.forEach((area, a) => {
    const at = `areas[${a}]`;
    if (areaNumbers.has(area.number))
      problems.push({ path: `${at}.number`, message: `duplicate area number ${area.number}` });
    areaNumbers.add(area.number);
    if (!area.questions.length && !areaLevel)
      problems.push({ path: `${at}.questions`, message: 'an area needs at least one question' });
    let sum = 0;
    area.questions.forEach((q, i) => {
      const qt = `${at}.questions[${i}]`;
      const match = CODE_PATTERN.exec(q.code);
      if (!match) problems.push({ path: `${qt}.code`, message: `code "${q.code}" is not of the form <area>.<n>` });
      else if (Number(match[1]) !== area.number)
        problems.push({ path: `${qt}.code`, message: `code "${q.code}" does not belong to area ${area.number}` });
      if (codes.has(q.code)) problems.push({ path: `${qt}.code`, message: `duplicate question code "${q.code}"` });
      codes.add(q.code);
      if (!(q.maxPoints > 0)) problems.push({ path: `${qt}.maxPoints`, message: 'max points must be positive' });
      sum += q.maxPoints;
    });
    if (area.questions.length > 0 && sum !== area.maxPoints)
      problems.push({
        path: `${at}.maxPoints`,
        message: `area ${area.number} max is ${area.maxPoints} but its questions sum to ${sum}`,
      });
  });
  return problems;
}

/** True when the framework has areas but no sub-questions yet. */
export function isAreaLevel(def: FrameworkDefinition): boolean {
  return def.areas.length > 0 && def.areas.every((area) => area.questions.length === 0);
}

export function frameworkMaxPoints(def: FrameworkDefinition): number {
  return def.areas.reduce((sum, area) => sum + area.maxPoints, 0);
}
