import type { SameKeys } from './types';
import type { carryOverSv } from './carry_over.sv';

/** English for `kompass.carry_over`: exactly the Swedish keys. */
export const carryOverEn = {
  carry_over: {
    button: 'Carry over open actions',
    title: 'Carry open actions over to the next plan',
    intro:
      'Actions that are neither done nor cancelled move to an active plan on the re-evaluation, with their progress reports and history. When the re-evaluation is on another revision of Kommunkompassen they are linked to its areas through the crosswalk.',
    no_plan: 'There is no active plan on the re-evaluation yet.',
    create_plan: 'Create plan',
    confirm: 'Carry over the actions',
    done: 'No action needed to move. |||| %{smart_count} actions were carried over.',
  },
} satisfies SameKeys<typeof carryOverSv>;
