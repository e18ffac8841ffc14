import {
  actionJudgement,
  deriveJudgement,
  planStatistics,
  rollUpJudgements,
  type AreaProgress,
  type JudgedAction,
  type Judgement,
} from '@kompass/shared';
import { todayIn } from '../common/dates';
import type { Action } from './action.entity';

/** The fields of an action that Kompass's judgement reads; timestamps as read from the database or the audit trail. */
export type JudgedRow = Pick<Action, 'status' | 'progress' | 'deadline' | 'startDate'> & {
  createdAt: Date | string;
  lastProgressAt: Date | string;
};

/** An action as deriveJudgement reads it: its creation and last report as days in the municipality's zone. */
export const judgedAction = (a: JudgedRow, timeZone: string): JudgedAction => ({
  status: a.status,
  progress: Number(a.progress),
  deadline: a.deadline,
  startDate: a.startDate,
  createdDate: todayIn(timeZone, new Date(a.createdAt)),
  lastProgressDate: todayIn(timeZone, new Date(a.lastProgressAt)),
});

/** Kompass's judgement of an action on `today` (YYYY-MM-DD in `timeZone`). */
export const derivedOf = (a: JudgedRow, today: string, timeZone: string) =>
  deriveJudgement(judgedAction(a, timeZone), today);

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

/** The judgement an action counts with in roll-ups: the worse of the owner's and Kompass's. */
export const judgedOf = (a: Counted, today: string, timeZone: string): Judgement | null =>
  actionJudgement({ judgement: a.judgement, derivedJudgement: derivedOf(a, today, timeZone) });

/** Actions, done, overdue and judgements of a group of actions (a plan, an area, a department). */
export function progressOf(actions: Counted[], today: string, timeZone: string): Omit<AreaProgress, 'area' | 'name'> {
  return {
    ...planStatistics(actions, today),
    judgements: rollUpJudgements(actions.map((a) => judgedOf(a, today, timeZone))),
  };
}
