/** "2017-09" → first of the month with month precision; "2017-09-14" → that day. */
export function toDateAndPrecision(value: string): { evaluatedAt: string; evaluatedAtPrecision: 'month' | 'day' } {
  return /^\d{4}-\d{2}$/.test(value)
    ? { evaluatedAt: `${value}-01`, evaluatedAtPrecision: 'month' }
    : { evaluatedAt: value, evaluatedAtPrecision: 'day' };
}
