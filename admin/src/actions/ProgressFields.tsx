import { useTranslate } from 'react-admin';
import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import type { ActionStatus } from '@kompass/shared';
import { actionStatusChoices } from '../common';

type FieldProps = Omit<TextFieldProps, 'value' | 'onChange'>;

/** The action's status in a progress report. */
export const StatusSelect = ({
  value,
  onChange,
  ...props
}: FieldProps & { value: ActionStatus; onChange: (status: ActionStatus) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      label={translate('resources.actions.fields.status')}
      value={value}
      onChange={(event) => onChange(event.target.value as ActionStatus)}
      {...props}
    >
      {actionStatusChoices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {translate(choice.name)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The progress in percent, as typed: the form checks and converts it when sent. */
export const ProgressInput = ({
  value,
  onChange,
  ...props
}: FieldProps & { value: string; onChange: (progress: string) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      type="number"
      label={translate('resources.actions.fields.progress')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ htmlInput: { min: 0, max: 100, step: 5, inputMode: 'numeric' } }}
      {...props}
    />
  );
};
