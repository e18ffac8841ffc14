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

describe('todayIn', () => {
  const direct = (timeZone: string, instant: number) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

  it('names the same day as formatting each instant, through every change of offset in a year', () => {
    // Half-hour and quarter-hour offsets, a half-hour summer time, both hemispheres.
    const zones = ['Europe/Stockholm', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns'];
    const formatters = zones.map(
      (timeZone) => new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    );
    const mismatches: string[] = [];
    // Every 7 minutes and 1 second of 2026, so instants fall at every offset within a quarter hour.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 421_000)
      zones.forEach((zone, i) => {
        const expected = formatters[i].format(t);
        if (todayIn(zone, new Date(t)) !== expected) mismatches.push(`${zone} ${new Date(t).toISOString()}`);
      });
    expect(mismatches).toEqual([]);
  });

  it('names the day on both sides of midnight and before 1973', () => {
    const midnight = startOfDayIn('Europe/Stockholm', '2026-06-01').getTime();
    expect(todayIn('Europe/Stockholm', new Date(midnight - 1))).toBe('2026-05-31');
    expect(todayIn('Europe/Stockholm', new Date(midnight))).toBe('2026-06-01');
    expect(todayIn('Africa/Monrovia', new Date(Date.UTC(1970, 5, 1, 0, 20)))).toBe(
      direct('Africa/Monrovia', Date.UTC(1970, 5, 1, 0, 20)),
    );
  });
});
