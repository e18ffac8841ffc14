import { TextField, type TextFieldProps } from '@mui/material';
import { TextInput, useLocaleState, useTranslate, type TextInputProps, type Validator } from 'react-admin';

/**
 * Dates are typed as text in the one format the whole UI shows (2026-03-31), with the format named in the UI's
 * language (ÅÅÅÅ-MM-DD / YYYY-MM-DD). Not <input type="date">: Chromium draws that in the browser's locale, so a
 * Swedish UI in an English browser asked for MM/DD/YYYY beside dates shown as 2026-03-31.
 */

/** "2026-03-31", or "20260331" (typed without dashes), as the ISO date it names; null when it names no real day. */
export function parseDateText(text: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** '' (no date) or a real day. */
export const isDateText = (text: string) => !text.trim() || parseDateText(text) !== null;

const validDate: Validator = (value: unknown) =>
  typeof value === 'string' && !isDateText(value) ? 'kompass.validation.date' : undefined;

function useDateSlotProps() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    inputLabel: { shrink: true },
    htmlInput: {
      lang: locale,
      inputMode: 'numeric' as const,
      placeholder: translate('kompass.validation.date_format'),
      maxLength: 10,
    },
  };
}

/** react-admin's DateInput for forms: the value stays the API's "YYYY-MM-DD" (null when empty). Use this one, not react-admin's. */
export const DateInput = ({ validate, ...props }: TextInputProps) => {
  const slotProps = useDateSlotProps();
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), validDate];
  return (
    <TextInput
      {...props}
      validate={validators}
      format={(value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '')}
      parse={(text: string) => (text.trim() ? (parseDateText(text) ?? text) : null)}
      slotProps={slotProps}
    />
  );
};

/**
 * The same for plain MUI forms (dialogs): `value` is what was typed; read it with parseDateText. Says what is wrong
 * when the text names no day.
 */
export const DateTextField = ({
  value,
  helperText,
  error,
  ...props
}: Omit<TextFieldProps, 'value' | 'type'> & { value: string }) => {
  const translate = useTranslate();
  const slotProps = useDateSlotProps();
  const invalid = !isDateText(value);
  return (
    <TextField
      {...props}
      value={value}
      error={error || invalid}
      helperText={invalid ? translate('kompass.validation.date') : helperText}
      slotProps={slotProps}
    />
  );
};
