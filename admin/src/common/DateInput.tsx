import { DateInput as RaDateInput, type DateInputProps } from 'react-admin';
import { DATE_LOCALE } from './dates';

/**
 * react-admin's DateInput (the browser's native date picker) asking for the Swedish format and a
 * Monday-first calendar where the browser follows the input's language (Firefox does; Chromium
 * follows the browser's own locale). Use this one, not react-admin's.
 */
export const DateInput = ({ slotProps, ...props }: DateInputProps) => (
  <RaDateInput {...props} slotProps={{ htmlInput: { lang: DATE_LOCALE }, ...slotProps }} />
);
