import { useTranslate } from 'react-admin';
import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import type { SuggestedQuestionCode } from '@kompass/shared';

export interface QuestionOption {
  code: string;
  text: string;
}

interface QuestionCodesPickerProps {
  /** The sub-questions of the finding's area */
  questions: QuestionOption[];
  suggested: SuggestedQuestionCode[];
  value: string[];
  onChange: (codes: string[]) => void;
  /** id of the element holding the finding's text: the picker is described by it */
  describedBy?: string;
  disabled?: boolean;
  label?: string;
}

/** "77 %": how sure the import is that the finding belongs to a sub-question. */
const confidencePercent = (confidence: number) => Math.round(confidence * 100);

/**
 * Which sub-questions a finding is about: a multi-select of its area's codes, the import's
 * suggestions first, each with its confidence.
 */
export const QuestionCodesPicker = ({
  questions,
  suggested,
  value,
  onChange,
  describedBy,
  disabled,
  label,
}: QuestionCodesPickerProps) => {
  const translate = useTranslate();
  const confidence = new Map(suggested.map((s) => [s.code, s.confidence]));
  const byCode = new Map(questions.map((q) => [q.code, q]));
  // Suggestions first (best first), then the rest of the area in code order
  const options = [
    ...suggested.map((s) => s.code).filter((code) => byCode.has(code)),
    ...questions.map((q) => q.code).filter((code) => !confidence.has(code)),
  ];
  return (
    <Autocomplete
      multiple
      size="small"
      disabled={disabled}
      options={options}
      value={value}
      onChange={(_event, codes) => onChange(codes)}
      filterSelectedOptions
      disableCloseOnSelect
      getOptionLabel={(code) => code}
      filterOptions={(codes, { inputValue }) => {
        const needle = inputValue.trim().toLowerCase();
        return needle
          ? codes.filter((code) => code.includes(needle) || byCode.get(code)?.text.toLowerCase().includes(needle))
          : codes;
      }}
      renderOption={({ key, ...props }, code) => {
        const share = confidence.get(code);
        return (
          <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
            <strong>{code}</strong> {byCode.get(code)?.text}
            {share !== undefined && (
              <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
                {translate('kompass.findings.suggestion', { percent: confidencePercent(share) })}
              </Box>
            )}
          </Box>
        );
      }}
      renderValue={(codes, getItemProps) =>
        codes.map((code, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          const share = confidence.get(code);
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              label={
                share !== undefined
                  ? translate('kompass.findings.code_with_confidence', { code, percent: confidencePercent(share) })
                  : code
              }
              title={byCode.get(code)?.text}
            />
          );
        })
      }
      noOptionsText={translate('kompass.findings.no_questions')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? translate('kompass.findings.question_codes')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-describedby': describedBy },
          }}
        />
      )}
      sx={{ minWidth: 220 }}
    />
  );
};
