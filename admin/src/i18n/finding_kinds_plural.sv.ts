/** Swedish for `kompass.finding_kinds_plural`. */
export const findingKindsPluralSv = {
  finding_kinds_plural: {
    strength: 'Styrkor',
    improvement: 'Förbättringsmöjligheter',
  },
};
