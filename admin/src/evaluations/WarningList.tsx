import { useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box } from '@mui/material';
import type { EvaluationWarning } from '@kompass/shared';
import { warningText, type WarningContext } from './warnings';

interface WarningListProps extends WarningContext {
  warnings: EvaluationWarning[];
}

/** The import's warnings in the UI language; nothing when there are none. */
export const WarningList = ({ warnings, ...context }: WarningListProps) => {
  const translate = useTranslate();
  if (warnings.length === 0) return null;
  // By area, as the page shows them; warnings about the whole report first
  const sorted = [...warnings].sort((a, b) => (a.area ?? 0) - (b.area ?? 0));
  return (
    <Alert
      severity="warning"
      component="section"
      aria-label={translate('kompass.warnings.title', { smart_count: warnings.length })}
    >
      <AlertTitle component="h2" sx={{ fontSize: '1rem' }}>
        {translate('kompass.warnings.title', { smart_count: warnings.length })}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="warning-list">
        {sorted.map((warning, index) => (
          <li key={`${warning.code}-${index}`} data-code={warning.code}>
            {warningText(warning, translate, context)}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
