import { useTranslate } from 'react-admin';
import { Alert, Box, Checkbox, FormControlLabel, MenuItem, TextField, Typography } from '@mui/material';
import type { FrameworkChoice, LearnedCatalogue } from '@kompass/shared';
import { maxPointsColumn, QuestionTable } from '../common';

interface FrameworkChoicePanelProps {
  choice: FrameworkChoice;
  catalogue: LearnedCatalogue | null;
  onPick: (frameworkId: number) => void;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  disabled?: boolean;
}

/** The sub-questions a report would teach an area-level revision, per area, for the coordinator to check. */
const LearnedCatalogueTable = ({ catalogue }: { catalogue: LearnedCatalogue }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {catalogue.areas.map((area) => (
        <QuestionTable
          key={area.number}
          labelledBy={`learned-area-${area.number}`}
          caption={translate('kompass.scores.area_heading', { number: area.number, name: area.name })}
          questions={area.questions}
          columns={[maxPointsColumn(translate)]}
        />
      ))}
    </Box>
  );
};

/**
 * Which model revision the report was read against and why, a choice of another, and, when the report
 * teaches an area-level revision its sub-questions, the catalogue to check and confirm.
 */
export const FrameworkChoicePanel = ({
  choice,
  catalogue,
  onPick,
  confirmed,
  onConfirmedChange,
  disabled,
}: FrameworkChoicePanelProps) => {
  const translate = useTranslate();
  const reason = translate(`kompass.import.framework_reason.${choice.reason}`, {
    code: choice.code,
    _: choice.message,
  });
  return (
    <Box component="section" aria-labelledby="preview-framework-heading" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="preview-framework-heading" component="h2" variant="h6">
        {translate('kompass.import.framework_heading')}
      </Typography>
      <Typography>
        {translate('kompass.import.framework_chosen', { name: choice.name, code: choice.code })} {reason}
      </Typography>
      {choice.origin === 'manual' && choice.reason !== 'explicit' && (
        <Alert severity="warning">{translate('kompass.import.framework_hand_made', { code: choice.code })}</Alert>
      )}
      <TextField
        select
        label={translate('kompass.import.framework_pick')}
        helperText={translate('kompass.import.framework_pick_help')}
        value={choice.frameworkId}
        onChange={(event) => onPick(Number(event.target.value))}
        disabled={disabled}
        sx={{ maxWidth: 560 }}
      >
        {choice.candidates.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.fits ? 'kompass.import.framework_option_fits' : 'kompass.import.framework_option_misfits', {
              name: c.name,
              code: c.code,
            })}
          </MenuItem>
        ))}
      </TextField>
      {catalogue && (
        <>
          <Alert severity="info">
            {translate('kompass.import.framework_learn', {
              code: catalogue.code,
              smart_count: catalogue.questionCount,
              total: catalogue.totalMax,
            })}
          </Alert>
          <LearnedCatalogueTable catalogue={catalogue} />
          <FormControlLabel
            control={
              <Checkbox
                checked={confirmed}
                onChange={(event) => onConfirmedChange(event.target.checked)}
                disabled={disabled}
              />
            }
            label={translate('kompass.import.framework_confirm', { code: catalogue.code })}
          />
        </>
      )}
    </Box>
  );
};
