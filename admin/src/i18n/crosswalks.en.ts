import type { SameKeys } from './types';
import type { crosswalksSv } from './crosswalks.sv';

/** English for `kompass.crosswalks`: exactly the Swedish keys. */
export const crosswalksEn = {
  crosswalks: {
    caveat: 'Different model revisions: the comparison is indicative',
    report_level:
      'The evaluations were made on different revisions of Kommunkompassen (%{before} and %{after}). Each baseline area is compared with the area or areas it corresponds to in the new model, following the crosswalk between the revisions.',
    mapped_to: 'corresponds to %{areas}',
    next_heading: 'The next round uses %{name}',
    next_intro:
      "The plan's actions and improvement items grouped by the new model's areas, which the evaluators will use.",
    col_from: 'Baseline areas',
    heading: 'Crosswalks to other model revisions',
    intro:
      'A crosswalk says which area or areas of another revision of Kommunkompassen each area corresponds to. It is used when a re-evaluation is made on another revision.',
    none: 'There is no crosswalk from this revision.',
    to: 'To %{code}: %{name}',
    source_area: 'Area in %{code}',
    target_areas: 'Corresponds to in %{code}',
    add_for: 'New crosswalk to',
    save: 'Save the crosswalk',
    saved: 'The crosswalk is saved',
    unmapped: 'Not mapped',
  },
} satisfies SameKeys<typeof crosswalksSv>;
