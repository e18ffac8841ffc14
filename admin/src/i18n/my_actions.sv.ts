/** Swedish for `kompass.my_actions`. */
export const myActionsSv = {
  my_actions: {
    title: 'Mina åtgärder',
    intro: 'Åtgärder där du är ansvarig. Rapportera läget direkt här: status, framsteg och en kommentar.',
    intro_department:
      'Åtgärder där du är ansvarig eller som hör till %{department}. Rapportera läget direkt här: status, framsteg och en kommentar.',
    show_closed: 'Visa även klara och avbrutna',
    report: 'Rapportera',
    report_for: 'Lägesrapport för %{title}',
    reported: 'Lägesrapporten för %{title} är sparad.',
    empty_open_title: 'Du har inga öppna åtgärder',
    empty_title: 'Du har inga åtgärder',
    empty_text:
      'När kvalitetssamordnaren ger dig eller din förvaltning en åtgärd visas den här. Du får en påminnelse via e-post innan slutdatum.',
  },
};
