import type { SameKeys } from './types';
import type { errorsSv } from './errors.sv';

/** English for `kompass.errors`: exactly the Swedish keys. */
export const errorsEn = {
  errors: {
    error_id: '(error id: %{id})',
  },
} satisfies SameKeys<typeof errorsSv>;
