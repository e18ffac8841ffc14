import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { CircularProgress, FormControlLabel, Radio, RadioGroup } from '@mui/material';

/** A radio button per record to choose from; a spinner while they load, or `empty` when there are none. */
export const RadioChoices = ({
  labelledBy,
  pending,
  choices,
  value,
  onChange,
  empty,
}: {
  /** Id of the element that names the choice */
  labelledBy: string;
  /** While the records load, a spinner */
  pending: boolean;
  choices: { id: number; label: string }[];
  value: string;
  onChange: (value: string) => void;
  /** In place of the radio group when there are no choices */
  empty: ReactNode;
}) => {
  const translate = useTranslate();
  if (pending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (choices.length === 0) return <>{empty}</>;
  return (
    <RadioGroup aria-labelledby={labelledBy} value={value} onChange={(event) => onChange(event.target.value)}>
      {choices.map((choice) => (
        <FormControlLabel key={choice.id} value={String(choice.id)} control={<Radio />} label={choice.label} />
      ))}
    </RadioGroup>
  );
};
