import { isOverdue, type ActionRecord } from '@kompass/shared';
import { derivedOf } from './action-progress';
import type { ActionRow } from './action.entity';

/** The API's record of an action on `today` (YYYY-MM-DD in `timeZone`, the municipality's zone). */
export function toActionRecord(a: ActionRow, findingIds: number[], today: string, timeZone: string): ActionRecord {
  return {
    id: a.id,
    municipalityId: a.municipalityId,
    planId: a.planId,
    findingIds,
    questionCodes: a.questionCodes,
    questionCodesOverridden: a.questionCodesOverridden,
    areas: a.areas,
    title: a.title,
    description: a.description,
    ownerId: a.ownerId,
    departmentId: a.departmentId,
    startDate: a.startDate,
    deadline: a.deadline,
    status: a.status,
    progress: a.progress,
    priority: a.priority,
    expectedEffect: a.expectedEffect,
    doneAt: a.doneAt ? a.doneAt.toISOString() : null,
    lastProgressAt: a.lastProgressAt.toISOString(),
    overdue: isOverdue(a, today),
    judgement: a.judgement,
    derivedJudgement: derivedOf(a, today, timeZone),
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** Areas an action concerns: from its sub-question codes and from the areas of its findings. */
export function areasOf(questionCodes: string[], findingAreas: number[]): number[] {
  return [...new Set([...findingAreas, ...questionCodes.map((c) => Number(c.split('.')[0]))])].sort((a, b) => a - b);
}

/** The codes an action follows when it does not override them: its improvement items' codes, each once. */
export function findingCodesOf(findings: { questionCodes: string[] }[]): string[] {
  return [...new Set(findings.flatMap((f) => f.questionCodes))];
}

/**
 * The codes an action gets from a write: none given, null or an empty list follows its items; a list equal
 * to the items' codes follows them too, so that choosing what is already there is not an override.
 */
export function resolveQuestionCodes(
  given: string[] | null | undefined,
  findings: { questionCodes: string[] }[],
): { questionCodes: string[]; questionCodesOverridden: boolean } {
  const fromFindings = findingCodesOf(findings);
  const own = given ? [...new Set(given)] : [];
  const same = own.length === fromFindings.length && own.every((c) => fromFindings.includes(c));
  if (!own.length || same) return { questionCodes: fromFindings, questionCodesOverridden: false };
  return { questionCodes: own, questionCodesOverridden: true };
}
