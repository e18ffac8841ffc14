/** Swedish for `kompass.report`. */
export const reportSv = {
  report: {
    heading: 'Omvärdering: %{before} → %{after}',
    compared: 'Jämför %{before} med %{after}.',
    total_delta: '%{delta} poäng av %{max}',
    generated: 'Beräknad %{at}',
    area_level:
      'En av utvärderingarna har bara summor per område. Jämförelsen görs därför per område, inte per delfråga.',
    areas_heading: 'Poäng per område',
    questions_heading: 'Poäng per delfråga',
    before: 'Före',
    after: 'Efter',
    delta: 'Förändring',
    verdict: 'Bedömning',
    actions: 'Åtgärder',
    no_actions: 'inga åtgärder',
    area_short: 'Område %{number}',
    radar_title: 'Poäng per område som andel av maxpoängen: %{before} och %{after}',
    radar_axis: '%{label}: före %{before}, efter %{after} av %{max}',
    series_before: 'Före: %{label}',
    series_after: 'Efter: %{label}',
    download_pdf: 'Ladda ner som PDF',
    download_xlsx: 'Ladda ner som Excel',
    insights_heading: 'Insikter',
    insights_intro:
      'Delfrågornas förändring jämförd med planens åtgärder. Ett samband är inte ett bevis, men en fråga att ställa.',
    insights_intro_area:
      'Områdenas förändring jämförd med planens åtgärder. Ett samband är inte ett bevis, men en fråga att ställa.',
    insight_improvedWithDoneActions: 'Förbättrat, med genomförda åtgärder (%{smart_count})',
    insight_improvedWithPlannedActions: 'Förbättrat, med åtgärder som inte är klara (%{smart_count})',
    insight_improvedWithoutActions: 'Förbättrat utan åtgärder (%{smart_count})',
    insight_unchangedDespiteDoneActions: 'Oförändrat trots genomförda åtgärder (%{smart_count})',
    insight_declined: 'Försämrat (%{smart_count})',
    insight_none: 'Inga.',
    insight_scores: 'från %{before} till %{after} av %{max} poäng (%{delta})',
    empty_title: 'Ingen omvärdering är kopplad ännu',
    empty_text_link:
      'Här jämförs planens utgångsläge med omvärderingen. Importera omvärderingen som en ny utvärdering och koppla den sedan till planen med Koppla omvärdering ovan.',
    empty_text_wait:
      'Jämförelsen visas när kvalitetssamordnaren har importerat omvärderingen och kopplat den till planen. Till dess visar fliken Inför omvärderingen hur arbetet går.',
    go_import: 'Importera omvärderingen',
    'warning_area-total-mismatch':
      'Område %{area} i %{label}: rapporten anger %{stated} poäng men delfrågorna summeras till %{derived}. Jämförelsen använder %{derived}.',
    'warning_missing-score':
      'Delfråga %{code} saknar poäng i %{label}. Område %{area} summerar de delfrågor som varje utvärdering har.',
    'warning_crosswalk-rescaled':
      'Område %{area} motsvaras av områden med en annan maxpoäng i den nya modellen; deras poäng visas omräknade till områdets maxpoäng.',
    'warning_reversed-order':
      'Utgångsläget är senare än utvärderingen det jämförs med: förändringarna läses bakåt i tiden.',
  },
};
