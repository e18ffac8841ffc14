/** Swedish for `kompass.findings`. */
export const findingsSv = {
  findings: {
    heading: 'Styrkor och förbättringsmöjligheter',
    question_codes: 'Delfrågor',
    suggestion: 'Förslag, träffsäkerhet %{percent} %',
    code_with_confidence: '%{code} (%{percent} %)',
    no_questions: 'Inga fler delfrågor i området',
    no_question_codes: 'Ingen delfråga vald',
    none_short: 'Ingen',
    saved: 'Delfrågorna är sparade.',
    show_kind: 'Visa',
    all: 'Alla (%{smart_count})',
    intro_edit: 'Koppla varje iakttagelse till de delfrågor den gäller. Ändringar sparas direkt.',
    intro_read: 'Iakttagelserna ur rapporten, med de delfrågor de gäller.',
    open_list: 'Visa som lista',
    select_all_improvements: 'Markera alla förbättringsmöjligheter',
    selected: 'En markerad |||| %{smart_count} markerade',
    none_for_evaluation: 'Utvärderingen har inga styrkor eller förbättringsmöjligheter.',
    empty_title: 'Här finns inga iakttagelser ännu',
    empty_text:
      'Styrkor och förbättringsmöjligheter hämtas ur rapporten när en utvärdering importeras. Importera en utvärdering först.',
  },
};
