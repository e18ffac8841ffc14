import { ActionStatus, Judgement } from '@kompass/shared';
import { buildTrends, isoWeek, MAX_TREND_WEEKS, type TrendAction } from './trends';

const action = (id: number, createdDay: string, fields: Partial<TrendAction> = {}): TrendAction => ({
  id,
  planId: 1,
  status: ActionStatus.NotStarted,
  progress: 0,
  deadline: '2027-06-30',
  startDate: null,
  lastProgressAt: `${createdDay}T10:00:00.000Z`,
  judgement: null,
  areas: [1],
  createdAt: `${createdDay}T10:00:00.000Z`,
  createdDay,
  ...fields,
});

describe('isoWeek', () => {
  it('names the ISO week by the year of its Thursday', () => {
    expect(isoWeek('2026-12-04')).toBe('2026-W49');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
});

describe('buildTrends', () => {
  const areas = [
    { area: 1, name: 'Offentlighet och demokrati' },
    { area: 2, name: 'Tillgänglighet' },
  ];

  it('undoes the changes made after each week, so a status change counts from its week on', () => {
    const trends = buildTrends({
      planId: 1,
      today: '2026-11-18', // a Wednesday
      timeZone: 'Europe/Stockholm',
      firstDay: '2026-11-02',
      areas,
      actions: [
        action(1, '2026-11-02', { status: ActionStatus.Done, progress: 100 }),
        action(2, '2026-11-03', { status: ActionStatus.InProgress, judgement: Judgement.AtRisk, areas: [2] }),
      ],
      events: [
        { actionId: 1, day: '2026-11-10', before: { status: ActionStatus.InProgress, progress: 50 } },
        { actionId: 1, day: '2026-11-17', before: { status: ActionStatus.InProgress, progress: 60 } },
        { actionId: 2, day: '2026-11-12', before: { judgement: null, status: ActionStatus.NotStarted } },
      ],
    });
    expect(trends.weeks.map((w) => [w.start, w.asOf, w.planned, w.done, w.onTrack])).toEqual([
      ['2026-11-02', '2026-11-08', 2, 0, 2],
      ['2026-11-09', '2026-11-15', 2, 0, 1],
      ['2026-11-16', '2026-11-18', 2, 1, 1],
    ]);
    expect(trends.areas[1].weeks.map((w) => w.onTrack)).toEqual([1, 0, 0]);
  });

  it('leaves out actions cancelled then or in another plan then, and keeps at most five years of weeks', () => {
    const trends = buildTrends({
      planId: 1,
      today: '2026-11-18',
      timeZone: 'Europe/Stockholm',
      firstDay: '2010-01-01',
      areas,
      actions: [action(1, '2026-11-02', { status: ActionStatus.Cancelled }), action(2, '2026-11-02')],
      events: [
        { actionId: 1, day: '2026-11-16', before: { status: ActionStatus.NotStarted } },
        { actionId: 2, day: '2026-11-16', before: { planId: 7 } },
      ],
    });
    expect(trends.weeks).toHaveLength(MAX_TREND_WEEKS);
    expect(trends.weeks.slice(-3).map((w) => w.planned)).toEqual([1, 1, 1]);
    expect(trends.weeks.slice(-3).map((w) => w.start)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });
});
