/** Swedish for `kompass.pause`. */
export const pauseSv = {
  pause: {
    heading: 'Uppehåll i påminnelser',
    help: 'Under en ledighet får du inga påminnelser; påminnelser om dina åtgärder går till din förvaltningschef i stället.',
    help_other:
      'Under ledigheten får personen inga påminnelser; påminnelser om hens åtgärder går till förvaltningschefen i stället.',
    from: 'Första dagen',
    until: 'Sista dagen',
    save: 'Spara uppehållet',
    clear: 'Avsluta uppehållet',
    saved: 'Uppehållet är sparat',
    cleared: 'Uppehållet är avslutat',
    current: 'Uppehåll %{from} – %{until}',
    none: 'Inget uppehåll.',
    both_required: 'Ange både första och sista dagen.',
    until_before_from: 'Sista dagen kan inte vara före den första.',
  },
};
