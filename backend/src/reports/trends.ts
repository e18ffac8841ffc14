import {
  actionJudgement,
  ActionStatus,
  Judgement,
  type Judgement as JudgementValue,
  type PlanTrends,
  type TrendWeek,
} from '@kompass/shared';
import { derivedOf } from '../actions/action-progress';
import { addDays, daysBetween } from '../common/dates';

/** The fields of an action that a burn-up reads, as the audit trail writes them (dates as ISO strings). */
export interface TrendState {
  planId: number;
  status: ActionStatus;
  progress: number;
  deadline: string;
  startDate: string | null;
  lastProgressAt: string;
  judgement: JudgementValue | null;
  areas: number[];
}

export interface TrendAction extends TrendState {
  id: number;
  /** ISO */
  createdAt: string;
  /** The creation day in the municipality's zone */
  createdDay: string;
}

/** An audited update of an action: the fields it changed, as they were before. */
export interface TrendEvent {
  actionId: number;
  /** The day of the change in the municipality's zone */
  day: string;
  before: Record<string, unknown>;
}

export interface TrendInput {
  planId: number;
  today: string;
  /** The municipality's zone, in which the timestamps' days are counted */
  timeZone: string;
  /** The first day to chart (the plan's creation), YYYY-MM-DD */
  firstDay: string;
  areas: { area: number; name: string }[];
  /** The plan's actions as they are now */
  actions: TrendAction[];
  /** Their audited updates, oldest first */
  events: TrendEvent[];
}

/** At most five years of weeks: a plan runs between two evaluations. */
export const MAX_TREND_WEEKS = 260;

const TRACKED: (keyof TrendState)[] = [
  'planId',
  'status',
  'progress',
  'deadline',
  'startDate',
  'lastProgressAt',
  'judgement',
  'areas',
];

const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** "2026-W49": the ISO week, whose year is the year of its Thursday. */
export function isoWeek(day: string): string {
  const thursday = addDays(mondayOf(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const emptyWeek = (start: string, asOf: string): TrendWeek => ({
  week: isoWeek(start),
  start,
  asOf,
  planned: 0,
  done: 0,
  onTrack: 0,
});

/**
 * The burn-up: for each week, the plan's actions as they stood at its end, rebuilt by undoing the audited
 * changes made after it (progress reports change the action in the same audited write). Planned counts
 * the actions that existed and were not cancelled, done those done, on track those whose judgement (the
 * worse of the owner's and Kompass's, by the same rules as the roll-ups) was on track on that day.
 */
export function buildTrends(input: TrendInput): PlanTrends {
  const lastMonday = mondayOf(input.today);
  let first = mondayOf(input.firstDay < input.today ? input.firstDay : input.today);
  if (daysBetween(first, lastMonday) / 7 >= MAX_TREND_WEEKS) first = addDays(lastMonday, -7 * (MAX_TREND_WEEKS - 1));
  const starts: string[] = [];
  for (let monday = first; monday <= lastMonday; monday = addDays(monday, 7)) starts.push(monday);

  const states = input.actions.map((a) => ({ action: a, state: { ...a } }));
  const eventsOf = new Map<number, TrendEvent[]>();
  for (const e of input.events) (eventsOf.get(e.actionId) ?? eventsOf.set(e.actionId, []).get(e.actionId)!).push(e);

  const plan: TrendWeek[] = [];
  const byArea = new Map(input.areas.map((a) => [a.area, [] as TrendWeek[]]));
  for (const start of [...starts].reverse()) {
    const sunday = addDays(start, 6);
    const asOf = sunday < input.today ? sunday : input.today;
    const week = emptyWeek(start, asOf);
    const areaWeeks = new Map([...byArea.keys()].map((area) => [area, emptyWeek(start, asOf)]));
    for (const { action, state } of states) {
      // Undo, newest first, what changed after this week.
      const events = eventsOf.get(action.id) ?? [];
      while (events.length && events[events.length - 1].day > asOf) {
        const { before } = events.pop()!;
        for (const key of TRACKED) if (key in before) (state as unknown as Record<string, unknown>)[key] = before[key];
      }
      if (action.createdDay > asOf || state.planId !== input.planId || state.status === ActionStatus.Cancelled)
        continue;
      const done = state.status === ActionStatus.Done;
      const judged = actionJudgement({
        judgement: state.judgement,
        derivedJudgement: derivedOf(state, asOf, input.timeZone),
      });
      const onTrack = judged === Judgement.OnTrack;
      for (const target of [
        week,
        ...(state.areas ?? []).map((area) => areaWeeks.get(area)).filter((w): w is TrendWeek => !!w),
      ]) {
        target.planned += 1;
        if (done) target.done += 1;
        if (onTrack) target.onTrack += 1;
      }
    }
    plan.push(week);
    for (const [area, w] of areaWeeks) byArea.get(area)!.push(w);
  }
  return {
    planId: input.planId,
    asOf: input.today,
    weeks: plan.reverse(),
    areas: input.areas.map((a) => ({ area: a.area, name: a.name, weeks: byArea.get(a.area)!.reverse() })),
  };
}
