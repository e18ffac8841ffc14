/** Swedish for `kompass.frameworks`. */
export const frameworksSv = {
  frameworks: {
    areas_heading: 'Områden och delfrågor',
    area_heading: 'Område %{number}: %{name}',
    area_max_points: 'Maxpoäng för området: %{points}',
    area_also_known_as: 'Kallas även: %{names}',
    question_max_points: 'Maxpoäng',
    no_areas: 'Ramverket har inga områden.',
    origin: {
      catalogue: 'Följer med Kompass',
      learned: 'Följer med Kompass, delfrågor från rapport',
      manual: 'Skapad för hand',
    },
    no_questions:
      'Modellversionen har inga delfrågor ännu. De läses ur den första rapporten som importeras och bekräftas.',
  },
};
