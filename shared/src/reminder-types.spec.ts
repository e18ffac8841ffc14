import { readReason, reasonCode, reasonDays, type ReminderReason } from './reminder-types';

describe('reminder reasons', () => {
  const reasons: [ReminderReason, string, number][] = [
    [{ kind: 'deadline', threshold: 14, daysLeft: 9 }, 'deadline-14', 9],
    [{ kind: 'overdue', daysLate: 3 }, 'overdue', 3],
    [{ kind: 'stale', silentDays: 31 }, 'stale', 31],
    [{ kind: 'escalation', daysLate: 20 }, 'escalation', 20],
    [{ kind: 'closing' }, 'closing', 0],
  ];

  it('gives each reason its code and days, and reads the code with its days back as the same reason', () => {
    for (const [reason, code, days] of reasons) {
      expect(reasonCode(reason)).toBe(code);
      expect(reasonDays(reason)).toBe(days);
      expect(readReason(code, days)).toEqual(reason);
      expect(readReason(reason)).toBe(reason);
    }
  });

  it('reads an unknown code as a closing, which has no note', () => {
    expect(readReason('summary', 4)).toEqual({ kind: 'closing' });
  });
});
