import { type DragEvent, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import {
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { Role, type FrameworkRecord, type MunicipalityRecord } from '@kompass/shared';
import { useDownload, useRole } from '../common';
import { ACCEPTED_FILE_TYPES, MAX_IMPORT_BYTES } from './importApi';

export interface SourceValues {
  mode: 'file' | 'text';
  file: File | null;
  text: string;
  municipalityId: string;
  evaluatedAt: string;
  label: string;
}

interface ImportSourceStepProps {
  values: SourceValues;
  onChange: (values: Partial<SourceValues>) => void;
  /** A message key per field that is not right yet */
  errors: Partial<Record<keyof SourceValues, string>>;
}

/** "47 kB", "1.2 MB" */
function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The fillable XLSX template of each framework, fetched with the bearer token. */
export const TemplateLinks = () => {
  const translate = useTranslate();
  const [download, pending] = useDownload();
  const { data: frameworks = [] } = useGetList<FrameworkRecord>('frameworks', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'validFrom', order: 'DESC' },
  });
  if (frameworks.length === 0) return null;
  return (
    <Box
      component="section"
      aria-labelledby="import-template-heading"
      sx={{ mt: 4, pt: 2, borderTop: '1px solid', borderColor: 'divider' }}
    >
      <Typography id="import-template-heading" component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('kompass.import.template_heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('kompass.import.template_text')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {frameworks.map((framework) => (
          <Button
            key={framework.id}
            variant="outlined"
            size="small"
            startIcon={<DownloadIcon />}
            disabled={pending}
            onClick={() =>
              download(`/api/frameworks/${framework.id}/template.xlsx`, `kompass-mall-${framework.code}.xlsx`)
            }
          >
            {translate('kompass.import.template_download', { name: framework.name })}
          </Button>
        ))}
      </Box>
    </Box>
  );
};

const FilePicker = ({ values, onChange, errors }: ImportSourceStepProps) => {
  const translate = useTranslate();
  const [dragging, setDragging] = useState(false);
  const pick = (file: File | undefined) => {
    if (file) onChange({ file });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    pick(event.dataTransfer.files?.[0]);
  };
  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      sx={{
        border: '2px dashed',
        borderColor: errors.file ? 'error.main' : dragging ? 'primary.main' : '#8a94a3',
        borderRadius: 2,
        p: 3,
        textAlign: 'center',
        bgcolor: dragging ? '#eef3fa' : 'transparent',
      }}
    >
      <Typography sx={{ mb: 1 }}>{translate('kompass.import.drop_here')}</Typography>
      <Button variant="outlined" component="label" startIcon={<UploadIcon />}>
        {translate('kompass.import.choose_file')}
        <input
          hidden
          type="file"
          name="file"
          accept={ACCEPTED_FILE_TYPES}
          data-testid="import-file"
          onChange={(event) => {
            pick(event.target.files?.[0]);
            // choosing the same file again must fire onChange again
            event.target.value = '';
          }}
        />
      </Button>
      <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
        {translate('kompass.import.file_types')}
      </Typography>
      <Box aria-live="polite" sx={{ mt: 1 }}>
        {values.file && (
          <Typography sx={{ fontWeight: 500 }} data-testid="import-file-name">
            {translate('kompass.import.chosen_file', { name: values.file.name, size: formatSize(values.file.size) })}
          </Typography>
        )}
        {errors.file && (
          <Typography role="alert" sx={{ color: 'error.main' }}>
            {translate(errors.file)}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

/** Step 1: the report (file or pasted text) and what the report may not say itself. */
export const ImportSourceStep = (props: ImportSourceStepProps) => {
  const { values, onChange, errors } = props;
  const translate = useTranslate();
  const isAdmin = useRole() === Role.Admin;
  const { data: municipalities = [] } = useGetList<MunicipalityRecord>(
    'municipalities',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: isAdmin },
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 720 }}>
      <FormControl>
        <FormLabel id="import-mode-label">{translate('kompass.import.mode_label')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="import-mode-label"
          value={values.mode}
          onChange={(event) => onChange({ mode: event.target.value as SourceValues['mode'] })}
        >
          <FormControlLabel value="file" control={<Radio />} label={translate('kompass.import.mode_file')} />
          <FormControlLabel value="text" control={<Radio />} label={translate('kompass.import.mode_text')} />
        </RadioGroup>
      </FormControl>

      {values.mode === 'file' ? (
        <FilePicker {...props} />
      ) : (
        <TextField
          label={translate('kompass.import.text_label')}
          helperText={translate(errors.text ?? 'kompass.import.text_help')}
          error={!!errors.text}
          multiline
          minRows={8}
          maxRows={20}
          value={values.text}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      )}

      {isAdmin && (
        <TextField
          select
          required
          label={translate('resources.evaluations.fields.municipalityId')}
          value={values.municipalityId}
          error={!!errors.municipalityId}
          helperText={errors.municipalityId ? translate(errors.municipalityId) : undefined}
          onChange={(event) => onChange({ municipalityId: event.target.value })}
        >
          {municipalities.map((m) => (
            <MenuItem key={m.id} value={String(m.id)}>
              {m.name}
            </MenuItem>
          ))}
        </TextField>
      )}

      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 2fr' } }}>
        <TextField
          type="month"
          label={translate('kompass.import.evaluated_at')}
          helperText={translate(errors.evaluatedAt ?? 'kompass.import.evaluated_at_help')}
          error={!!errors.evaluatedAt}
          value={values.evaluatedAt}
          onChange={(event) => onChange({ evaluatedAt: event.target.value })}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { lang: 'sv-SE', placeholder: translate('kompass.import.month_placeholder') },
          }}
        />
        <TextField
          label={translate('resources.evaluations.fields.label')}
          helperText={translate('kompass.import.label_help')}
          value={values.label}
          onChange={(event) => onChange({ label: event.target.value })}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      </Box>
    </Box>
  );
};

/** Checks the first step before anything is sent; returns message keys per field. */
export function validateSource(values: SourceValues, isAdmin: boolean): Partial<Record<keyof SourceValues, string>> {
  const errors: Partial<Record<keyof SourceValues, string>> = {};
  if (values.mode === 'file' && !values.file) errors.file = 'kompass.import.file_required';
  if (values.mode === 'file' && values.file && values.file.size > MAX_IMPORT_BYTES)
    errors.file = 'kompass.import.too_large';
  if (values.mode === 'text' && !values.text.trim()) errors.text = 'kompass.import.text_required';
  if (isAdmin && !values.municipalityId) errors.municipalityId = 'ra.validation.required';
  if (values.evaluatedAt && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(values.evaluatedAt.trim()))
    errors.evaluatedAt = 'kompass.import.evaluated_at_invalid';
  return errors;
}
