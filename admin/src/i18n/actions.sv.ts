/** Swedish for `kompass.actions`. */
export const actionsSv = {
  actions: {
    page_title: 'Åtgärd: %{title}',
    overdue: 'Försenad',
    due_within_days: 'Inom en dag |||| Inom %{smart_count} dagar',
    form_heading: 'Ändra åtgärden',
    edit_report: 'Ändra och rapportera',
    not_yours: 'Du kan läsa åtgärden men inte ändra den: den hör inte till dig eller din förvaltning.',
    plan_closed_read_only: 'Handlingsplanen är avslutad, så åtgärden kan inte längre ändras eller få lägesrapporter.',
    plan_closed_carry_over: 'Öppna åtgärder förs vidare med ”Flytta öppna åtgärder” på den avslutade handlingsplanen.',
    question_codes_follow:
      'Följer förbättringsmöjligheternas delfrågor, också när de rättas. Välj andra för att frikoppla åtgärden.',
    question_codes_overridden:
      'Valda för åtgärden. Töm fältet för att följa förbättringsmöjligheternas delfrågor igen.',
    question_codes_own: 'Åtgärden hör inte till någon förbättringsmöjlighet: välj de delfrågor den arbetar med.',
    question_codes_source_follow: 'enligt förbättringsmöjligheterna',
    question_codes_source_overridden: 'valda för åtgärden',
    no_report_yet: 'ingen ännu',
    no_questions: 'Ingen delfråga (område %{areas})',
    status_help: 'Bara kvalitetssamordnaren kan öppna en klar eller avbruten åtgärd igen.',
    progress_help: 'Hur stor del av åtgärden som är gjord, 0–100 %.',
    comment_help: 'Krävs när åtgärden blir klar (vad uppnåddes?) eller avbryts (varför?). Sparas som en lägesrapport.',
    comment_required_done: 'Skriv vad som uppnåddes: en klar åtgärd behöver en kommentar.',
    comment_required_cancelled: 'Skriv varför åtgärden avbryts: det behövs en kommentar.',
    nothing_changed: 'Inget är ändrat.',
    saved: 'Åtgärden är sparad.',
    delete_title: 'Ta bort åtgärden %{title}?',
    delete_content: 'Åtgärden tas bort med sina lägesrapporter. Det går inte att ångra.',
    empty_title: 'Här finns inga åtgärder ännu',
    empty_text_create:
      'Åtgärder görs av förbättringsmöjligheterna i en utvärdering: öppna utvärderingen, markera förbättringsmöjligheterna och välj Skapa åtgärder.',
    empty_text_wait: 'När kvalitetssamordnaren har lagt upp åtgärder visas de här, med ansvarig och slutdatum.',
  },
};
