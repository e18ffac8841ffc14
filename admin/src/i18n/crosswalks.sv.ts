/** Swedish for `kompass.crosswalks`. */
export const crosswalksSv = {
  crosswalks: {
    caveat: 'Olika modellversioner: jämförelsen är vägledande',
    report_level:
      'Utvärderingarna gjordes på olika versioner av Kommunkompassen (%{before} och %{after}). Varje område i utgångsläget jämförs med det eller de områden det motsvarar i den nya modellen, enligt nyckeln mellan versionerna.',
    mapped_to: 'motsvarar %{areas}',
    next_heading: 'Nästa omgång görs på %{name}',
    next_intro:
      'Planens åtgärder och förbättringsmöjligheter grupperade efter den nya modellens områden, som utvärderarna kommer att använda.',
    col_from: 'Områden i utgångsläget',
    heading: 'Nycklar till andra modellversioner',
    intro:
      'En nyckel anger vilket eller vilka områden i en annan version av Kommunkompassen som varje område motsvarar. Den används när en omvärdering görs på en annan version.',
    none: 'Det finns ingen nyckel från den här versionen.',
    to: 'Till %{code}: %{name}',
    source_area: 'Område i %{code}',
    target_areas: 'Motsvarar i %{code}',
    add_for: 'Ny nyckel till',
    save: 'Spara nyckeln',
    saved: 'Nyckeln är sparad',
    unmapped: 'Ej kopplat',
  },
};
