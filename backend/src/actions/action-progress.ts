import {
  actionJudgement,
  deriveJudgement,
  planStatistics,
  rollUpJudgements,
  type AreaProgress,
  type Judgement,
} from '@kompass/shared';
import type { Action } from './action.entity';

/** The columns a roll-up of actions reads: the plan summary's, and the department roll-up's. */
export const COUNTED = [
  'id',
  'title',
  'status',
  'progress',
  'deadline',
  'ownerId',
  'areas',
  'questionCodes',
  'startDate',
  'createdAt',
  'lastProgressAt',
  'judgement',
] as const;
export type Counted = Pick<Action, (typeof COUNTED)[number]>;

export const derivedOf = (a: Counted, today: string) =>
  deriveJudgement(
    { ...a, createdAt: a.createdAt.toISOString(), lastProgressAt: a.lastProgressAt.toISOString() },
    today,
  );

/** The judgement an action counts with in roll-ups: the worse of the owner's and Kompass's. */
export const judgedOf = (a: Counted, today: string): Judgement | null =>
  actionJudgement({ judgement: a.judgement, derivedJudgement: derivedOf(a, today) });

/** Actions, done, overdue and judgements of a group of actions (a plan, an area, a department). */
export function progressOf(actions: Counted[], today: string): Omit<AreaProgress, 'area' | 'name'> {
  return { ...planStatistics(actions, today), judgements: rollUpJudgements(actions.map((a) => judgedOf(a, today))) };
}
