/** Swedish for `kompass.warnings`. */
export const warningsSv = {
  warnings: {
    title: 'En avvikelse |||| %{smart_count} avvikelser',
    count: '1 avvikelse |||| %{smart_count} avvikelser',
    at_line: '(rad %{line})',
    at_row: '(rad %{line})',
    'area-total-mismatch':
      'Område %{area}: rapportens summa för området stämmer inte med delfrågornas summa. Delfrågornas poäng används.',
    'area-total-mismatch_numbers':
      'Område %{area}: rapporten anger summan %{stated}, men delfrågorna summeras till %{sum}. Delfrågornas poäng används.',
    'area-total-conflict':
      'Område %{area}: rapporten anger olika summor för området på två ställen. Summan i poängtabellen används.',
    'percent-mismatch_question':
      'Delfråga %{code}: %{achieved} av %{max} poäng är %{percent} %, men rapporten anger %{stated} %.',
    'percent-mismatch_question_plain': 'Delfråga %{code}: procentsatsen i rapporten stämmer inte med poängen.',
    'percent-mismatch_area': 'Område %{area}: procentsatsen i rapporten stämmer inte med områdets summa.',
    'missing-question': 'Delfråga %{code} saknar poäng.',
    'missing-area': 'Område %{area} (%{areaName}) saknar både poäng och summa.',
    'area-level-only':
      'Utvärderingen har bara summor per område, inga poäng per delfråga. Jämförelser går bara att göra per område.',
    'municipality-mismatch': 'Rapporten verkar gälla en annan kommun än den som utvärderingen importeras till.',
    'municipality-mismatch_named':
      'Rapporten gäller %{name}, en annan kommun än den som utvärderingen importeras till.',
    'duplicate-source': 'Samma fil har redan importerats för kommunen.',
    'unknown-area': 'Styrkor och förbättringsmöjligheter för område %{area}, som ramverket inte har, hoppades över.',
    'unknown-area_before_heading': 'Styrkor och förbättringsmöjligheter före första rubriken ”Område N” hoppades över.',
    'outside-framework-period':
      'Utvärderingen är gjord utanför de år som modellversionen gäller. Poängen läses ändå mot den här modellversionens delfrågor och maxpoäng och kan bli fel om rapporten följer en annan version. Kontrollera att rätt modellversion är vald.',
    'outside-framework-period_years':
      'Utvärderingen är från %{year}, men %{framework} gäller %{from}–%{to}. Poängen läses ändå mot den här modellversionens delfrågor och maxpoäng och kan bli fel om rapporten följer en annan version. Kontrollera att rätt modellversion är vald.',
    'catalogue-row-differs':
      'Delfråga %{code} är formulerad på ett annat sätt i rapporten än i modellversionens sparade delfrågor. De sparade delfrågorna behålls.',
    'hand-made-framework': 'Modellversionen är skapad för hand och följer inte med Kompass.',
  },
};
