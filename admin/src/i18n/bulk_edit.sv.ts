/** Swedish for `kompass.bulk_edit`. */
export const bulkEditSv = {
  bulk_edit: {
    open_count: 'Ändra markerad (1) |||| Ändra markerade (%{smart_count})',
    select_row: 'Markera %{title}',
    title: 'Ändra en åtgärd |||| Ändra %{smart_count} åtgärder',
    intro: 'Det du fyller i sätts på alla markerade åtgärder. Fält du lämnar tomma ändras inte.',
    owner: 'Ansvarig',
    department: 'Förvaltning',
    deadline: 'Slutdatum',
    priority: 'Prioritet',
    status: 'Status',
    comment: 'Kommentar',
    unchanged: 'Ändras inte',
    submit: 'Spara på en åtgärd |||| Spara på %{smart_count} åtgärder',
    saved: 'En åtgärd är ändrad. |||| %{smart_count} åtgärder är ändrade.',
    stale:
      'Ingenting sparades: en åtgärd har ändrats av någon annan sedan listan lästes (%{titles}). Listan är uppdaterad; gör ändringen igen. |||| Ingenting sparades: %{smart_count} åtgärder har ändrats av någon annan sedan listan lästes (%{titles}). Listan är uppdaterad; gör ändringen igen.',
  },
};
