import type { SameKeys } from './types';
import type { frameworksSv } from './frameworks.sv';

/** English for `kompass.frameworks`: exactly the Swedish keys. */
export const frameworksEn = {
  frameworks: {
    areas_heading: 'Areas and questions',
    area_heading: 'Area %{number}: %{name}',
    area_max_points: 'Max points for the area: %{points}',
    area_also_known_as: 'Also known as: %{names}',
    question_max_points: 'Max points',
    no_areas: 'The framework has no areas.',
    origin: {
      catalogue: 'Ships with Kompass',
      learned: 'Ships with Kompass, sub-questions from a report',
      manual: 'Made by hand',
    },
    no_questions: 'The revision has no sub-questions yet. They are read from the first report imported and confirmed.',
  },
} satisfies SameKeys<typeof frameworksSv>;
