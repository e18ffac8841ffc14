import { ActionStatus } from './enums';
import { isDueWithin, isOpenStatus, isOverdue, isStale, OPEN_ACTION_STATUSES, planStatistics } from './action-status';

const TODAY = '2026-12-04';
const action = (status: ActionStatus, deadline: string, progress = 0) => ({ status, deadline, progress });

describe('action status rules', () => {
  it('calls everything but done and cancelled open', () => {
    expect(OPEN_ACTION_STATUSES).toEqual([ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Blocked]);
    expect(isOpenStatus(ActionStatus.Blocked)).toBe(true);
    expect(isOpenStatus(ActionStatus.Done)).toBe(false);
    expect(isOpenStatus(ActionStatus.Cancelled)).toBe(false);
  });

  it('is overdue from the day after the deadline, while open', () => {
    expect(isOverdue(action(ActionStatus.InProgress, '2026-12-03'), TODAY)).toBe(true);
    expect(isOverdue(action(ActionStatus.InProgress, TODAY), TODAY)).toBe(false);
    expect(isOverdue(action(ActionStatus.Done, '2026-01-01'), TODAY)).toBe(false);
    expect(isOverdue(action(ActionStatus.Cancelled, '2026-01-01'), TODAY)).toBe(false);
  });

  it('is due within N days from today to today + N, while open', () => {
    expect(isDueWithin(action(ActionStatus.NotStarted, TODAY), TODAY, 0)).toBe(true);
    expect(isDueWithin(action(ActionStatus.NotStarted, '2026-12-18'), TODAY, 14)).toBe(true);
    expect(isDueWithin(action(ActionStatus.NotStarted, '2026-12-19'), TODAY, 14)).toBe(false);
    expect(isDueWithin(action(ActionStatus.NotStarted, '2026-12-03'), TODAY, 14)).toBe(false);
    expect(isDueWithin(action(ActionStatus.Done, '2026-12-10'), TODAY, 14)).toBe(false);
  });

  it('is stale after N days without a report, while open', () => {
    expect(isStale({ status: ActionStatus.InProgress, lastProgressDate: '2026-11-04' }, TODAY, 30)).toBe(true);
    expect(isStale({ status: ActionStatus.InProgress, lastProgressDate: '2026-11-05' }, TODAY, 30)).toBe(false);
    expect(isStale({ status: ActionStatus.Done, lastProgressDate: '2020-01-01' }, TODAY, 30)).toBe(false);
  });
});

describe('planStatistics', () => {
  it('leaves cancelled actions out of active, done and progress, and never counts closed ones overdue', () => {
    const stats = planStatistics(
      [
        action(ActionStatus.InProgress, '2026-11-01', 40),
        action(ActionStatus.Done, '2026-11-01', 100),
        action(ActionStatus.Cancelled, '2026-11-01', 10),
        action(ActionStatus.NotStarted, '2027-03-01', 0),
      ],
      TODAY,
    );
    expect(stats).toEqual({ actions: 4, active: 3, done: 1, doneShare: 1 / 3, meanProgress: 47, overdue: 1 });
  });

  it('has no share or mean without active actions', () => {
    expect(planStatistics([action(ActionStatus.Cancelled, '2026-01-01')], TODAY)).toMatchObject({
      active: 0,
      doneShare: null,
      meanProgress: null,
      overdue: 0,
    });
  });
});
