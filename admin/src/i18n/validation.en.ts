import type { SameKeys } from './types';
import type { validationSv } from './validation.sv';

/** English for `kompass.validation`: exactly the Swedish keys. */
export const validationEn = {
  validation: {
    municipality_code: 'The municipality code is four digits, for example 1081.',
    organisation_number: 'Write the organisation number as NNNNNN-NNNN, for example 212000-1082.',
    date_format: 'YYYY-MM-DD',
    date: 'Write the date as YYYY-MM-DD, for example 2026-03-31.',
  },
} satisfies SameKeys<typeof validationSv>;
