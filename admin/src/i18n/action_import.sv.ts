/** Swedish for `kompass.action_import`. */
export const actionImportSv = {
  action_import: {
    open: 'Importera från Excel',
    title: 'Importera åtgärder från Excel',
    intro:
      'Exportera handlingsplanen till Excel, ändra ansvarig, förvaltning, slutdatum, prioritet eller status och ladda upp filen här. Du ser ändringarna rad för rad innan något sparas. Låt kolumnerna Id och Version vara som de är.',
    choose_file: 'Välj Excel-fil',
    no_file: 'Ingen fil vald',
    preview: 'Förhandsgranska',
    apply: 'Genomför ändringen på en åtgärd |||| Genomför ändringarna på %{smart_count} åtgärder',
    applied: 'En åtgärd är ändrad. |||| %{smart_count} åtgärder är ändrade.',
    summary:
      'En rad ändrar sin åtgärd, %{unchanged} oförändrade. |||| %{smart_count} rader ändrar sina åtgärder, %{unchanged} oförändrade.',
    stale: 'ändrad i Kompass efter exporten',
    stale_warning:
      'En åtgärd har ändrats i Kompass sedan filen exporterades, så filen kan inte importeras. Exportera igen och gör om ändringen. |||| %{smart_count} åtgärder har ändrats i Kompass sedan filen exporterades, så filen kan inte importeras. Exportera igen och gör om ändringarna.',
    table_label: 'Ändringar per rad',
    row: 'Rad',
    action: 'Åtgärd',
    field: 'Kolumn',
    before: 'Före',
    after: 'Efter',
    empty: '(tom)',
  },
};
