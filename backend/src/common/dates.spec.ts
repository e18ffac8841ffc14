import { startOfDayIn, todayIn } from './dates';

describe('startOfDayIn', () => {
  it('is midnight in the zone, on winter time, summer time and both change days', () => {
    expect(startOfDayIn('Europe/Stockholm', '2026-12-05').toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(startOfDayIn('Europe/Stockholm', '2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // summer time begins at 02:00 on 29 March and ends at 03:00 on 25 October 2026: midnight keeps the old offset
    expect(startOfDayIn('Europe/Stockholm', '2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('Europe/Stockholm', '2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayIn('Europe/Stockholm', '2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayIn('Europe/Stockholm', '2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfDayIn('UTC', '2026-12-05').toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });

  it('begins the day todayIn names, and the second before it is the day before', () => {
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31']) {
      const start = startOfDayIn('Europe/Stockholm', day);
      expect(todayIn('Europe/Stockholm', start)).toBe(day);
      expect(todayIn('Europe/Stockholm', new Date(start.getTime() - 1000)) < day).toBe(true);
    }
  });
});
