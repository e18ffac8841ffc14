/** Swedish for `kompass.finding_kinds`. */
export const findingKindsSv = {
  finding_kinds: {
    strength: 'Styrka',
    improvement: 'Förbättringsmöjlighet',
  },
};
