import type { SameKeys } from './types';
import type { conflictSv } from './conflict.sv';

/** English for `kompass.conflict`: exactly the Swedish keys. */
export const conflictEn = {
  conflict: {
    title: 'The action has changed since you opened it',
    intro:
      'The action was saved by someone else while you were working (you read version %{read}, it is now version %{current}). Compare field by field below.',
    intro_named:
      'The action was saved by %{name} while you were working (you read version %{read}, it is now version %{current}). Compare field by field below.',
    intro_self:
      'You saved the action in another window while you were working here (you read version %{read}, it is now version %{current}). Compare field by field below.',
    field: 'Field',
    read: 'When you opened it',
    yours: 'Your value',
    theirs: 'Saved now',
    changed_by: 'Changed by',
    changed_mine: 'you',
    changed_theirs: 'someone else',
    changed_both: 'both of you',
    changed_both_named: 'you and %{name}',
    changed_you_elsewhere: 'you, in another window',
    reapply_help:
      'Save your changes onto the new version: your values replace the saved ones in the fields you changed, other changes are kept. Or discard your changes and load the saved version.',
    reapply: 'Save my changes onto the new version',
    discard: 'Discard my changes',
  },
} satisfies SameKeys<typeof conflictSv>;
