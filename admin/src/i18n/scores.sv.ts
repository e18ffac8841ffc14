/** Swedish for `kompass.scores`. */
export const scoresSv = {
  scores: {
    heading: 'Poäng per område',
    overview: 'Översikt',
    area: 'Område',
    area_heading: 'Område %{number}: %{name}',
    code: 'Nr',
    question: 'Delfråga',
    points: 'Poäng',
    share: 'Andel',
    total: 'Totalt',
    percent: '%{percent} %',
    points_of: '%{achieved} av %{max} poäng',
    points_for: 'Poäng för %{code}',
    points_invalid: 'Hela poäng från 0 till %{max}.',
    stated_total_short: 'Rapporten anger %{stated}',
    stated_total_differs:
      'Rapporten anger summan %{stated}, men delfrågorna summeras till %{sum}. Delfrågornas poäng används.',
    area_level_only: 'Utvärderingen har bara summor per område, inga poäng per delfråga.',
    correct: 'Rätta poäng',
    correct_help: 'Skriv rätt poäng för de delfrågor som är fel. Ett tomt fält tar bort poängen för delfrågan.',
    save_corrections: 'Spara rättelserna',
    corrected: 'Poängen för en delfråga är rättad. |||| Poängen för %{smart_count} delfrågor är rättade.',
  },
};
