/** Swedish for `kompass.updates`. */
export const updatesSv = {
  updates: {
    heading: 'Lägesrapporter',
    form_heading: 'Ny lägesrapport',
    none: 'Inga lägesrapporter ännu.',
    more: 'och en äldre |||| och %{smart_count} äldre',
    system: 'Systemet',
    to: 'till',
    progress_change: 'Framsteg: %{from} % → %{to} %',
    comment: 'Kommentar',
    comment_help: 'Vad har hänt sedan förra rapporten? Vad återstår?',
    evidence: 'Underlag',
    add_link: 'Lägg till länk',
    link_label: 'Länktext %{number}',
    link_url: 'Adress %{number}',
    remove_link: 'Ta bort länk %{number}',
    attach: 'Bifoga filer',
    file_limits: 'Högst %{max} filer om 10 MB vardera.',
    remove_file: 'Ta bort %{name}',
    too_many_files: 'Högst %{max} filer per lägesrapport.',
    file_too_large: 'En fil är större än 10 MB.',
    download_attachment: '%{name} (%{size})',
    submit: 'Skicka lägesrapporten',
    sent: 'Lägesrapporten är sparad.',
    empty_report: 'Skriv en kommentar eller ändra status eller framsteg.',
    conflict:
      'Åtgärden ändrades av någon annan medan du skrev. Sidan visar nu den nya versionen; kontrollera och skicka igen.',
    conflict_named:
      'Åtgärden ändrades av %{name} medan du skrev. Sidan visar nu den nya versionen; kontrollera och skicka igen.',
    conflict_self:
      'Du ändrade åtgärden i ett annat fönster medan du skrev. Sidan visar nu den nya versionen; kontrollera och skicka igen.',
  },
};
