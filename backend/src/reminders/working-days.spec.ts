import { firstWorkingDayOfMonth, holidayName, isWorkingDay, nextWorkingDay } from './working-days';

describe('Swedish working days', () => {
  it.each([
    ['2026-06-19', 'midsommarafton'],
    ['2026-12-24', 'julafton'],
    ['2026-12-31', 'nyårsafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2027-06-25', 'midsommarafton'],
  ])('%s (%s) is not a working day', (date, name) => {
    expect(holidayName(date)).toBe(name);
    expect(isWorkingDay(date)).toBe(false);
  });

  it('treats weekends as days off and ordinary weekdays, annandag pingst and half days as working days', () => {
    expect(isWorkingDay('2026-12-26')).toBe(false); // Saturday and annandag jul
    expect(isWorkingDay('2027-03-13')).toBe(false); // Saturday
    expect(isWorkingDay('2027-03-14')).toBe(false); // Sunday
    expect(isWorkingDay('2027-03-15')).toBe(true);
    expect(isWorkingDay('2026-05-25')).toBe(true); // annandag pingst: no longer a holiday
    expect(isWorkingDay('2026-04-30')).toBe(true); // valborgsmässoafton
  });

  it('finds the next working day across Christmas and the first working day of a month', () => {
    expect(nextWorkingDay('2026-12-23')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-30')).toBe('2027-01-04');
    expect(firstWorkingDayOfMonth('2027-01-20')).toBe('2027-01-04'); // 1 Jan holiday, then a weekend
    expect(firstWorkingDayOfMonth('2027-03-31')).toBe('2027-03-01');
    expect(firstWorkingDayOfMonth('2026-08-15')).toBe('2026-08-03');
  });
});
