/** Swedish for `kompass.readiness`. */
export const readinessSv = {
  readiness: {
    heading: 'Inför omvärderingen',
    planned: 'Omvärderingen är planerad till %{date} (%{days}).',
    improvement_items: 'förbättringsmöjlighet i utgångsläget |||| förbättringsmöjligheter i utgångsläget',
    unanswered_items: 'utan åtgärd',
    actions_planned: 'åtgärd (ej avbruten) |||| åtgärder (ej avbrutna)',
    actions_done: 'klar åtgärd |||| klara åtgärder',
    questions_lacking: 'delfråga utan åtgärd |||| delfrågor utan åtgärd',
    areas_heading: 'Utgångsläget per område (%{label})',
    col_baseline: 'Poäng',
    col_items: 'Förbättringsmöjligheter',
    col_unanswered: 'Utan åtgärd',
    col_planned: 'Åtgärder',
    col_done: 'Klara',
    radar_title: 'Utgångsläget per område som andel av maxpoängen: %{label}',
    radar_axis: '%{label}: %{before} av %{max}',
    lacking_heading: 'Delfrågor utan åtgärd, flest poäng att vinna först',
    lacking_none: 'Alla delfrågor har minst en åtgärd.',
    lacking_items: 'en förbättringsmöjlighet |||| %{smart_count} förbättringsmöjligheter',
    lacking_summary:
      'En delfråga saknar åtgärd; %{with_items} av dem har förbättringsmöjligheter i utgångsläget. |||| %{smart_count} delfrågor saknar åtgärd; %{with_items} av dem har förbättringsmöjligheter i utgångsläget.',
    col_question: 'Delfråga',
    col_to_gain: 'Poäng att vinna',
    col_kind: 'Förbättringsmöjligheter',
    has_items:
      'Har en förbättringsmöjlighet men ingen åtgärd |||| Har %{smart_count} förbättringsmöjligheter men ingen åtgärd',
    no_items: 'Ingen förbättringsmöjlighet i utgångsläget',
  },
};
