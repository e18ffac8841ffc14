/** Swedish for `kompass.actions_dialog`. */
export const actionsDialogSv = {
  actions_dialog: {
    open: 'Skapa åtgärder',
    title: 'Skapa åtgärder av förbättringsmöjligheter',
    intro:
      'En åtgärd skapas för den markerade förbättringsmöjligheten. Ansvarig, förvaltning och slutdatum kan ändras efteråt. |||| En åtgärd skapas för var och en av de %{smart_count} markerade förbättringsmöjligheterna. Ansvarig, förvaltning och slutdatum gäller alla och kan ändras per åtgärd efteråt.',
    plan: 'Handlingsplan',
    existing_plan: 'Lägg till i en befintlig handlingsplan',
    new_plan: 'Skapa en ny handlingsplan',
    plan_title: 'Handlingsplanens namn',
    default_title: 'Handlingsplan efter %{label}',
    re_evaluation_date: 'Planerad ny utvärdering',
    re_evaluation_help: 'När kommunen planerar att utvärderas igen.',
    owner: 'Ansvarig',
    department: 'Förvaltning',
    no_department: 'Ingen förvaltning',
    deadline: 'Slutdatum',
    optional: 'Frivilligt',
    submit: 'Skapa en åtgärd |||| Skapa %{smart_count} åtgärder',
    created: 'En åtgärd skapades i %{plan}. |||| %{smart_count} åtgärder skapades i %{plan}.',
    skipped_note:
      'En förbättringsmöjlighet hade redan en åtgärd där. |||| %{smart_count} förbättringsmöjligheter hade redan åtgärder där.',
    deadline_help: 'Frivilligt. Lämnas tomt: 30 dagar före den planerade nya utvärderingen.',
    failed: 'Åtgärderna kunde inte skapas: %{message}',
  },
};
