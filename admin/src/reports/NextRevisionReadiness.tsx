import { useTranslate } from 'react-admin';
import { Alert, Typography } from '@mui/material';
import { ReadinessAreaTable } from './ReadinessAreaTable';
import { ReportSection } from './ReportSection';
import type { NextRevisionReadiness as NextRevision } from '@kompass/shared';

/** Readiness in the next round's terms: the plan's work grouped by the new revision's areas through the crosswalk. */
export const NextRevisionReadiness = ({ next }: { next: NextRevision }) => {
  const translate = useTranslate();
  return (
    <ReportSection
      id="readiness-next-heading"
      testId="readiness-next-revision"
      title={translate('kompass.crosswalks.next_heading', { name: next.frameworkName })}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('kompass.crosswalks.next_intro')}
      </Typography>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('kompass.crosswalks.caveat')}
      </Alert>
      <ReadinessAreaTable
        labelledBy="readiness-next-heading"
        areas={next.areas}
        extra={{
          header: translate('kompass.crosswalks.col_from'),
          cell: (area) =>
            area.fromAreas.length ? area.fromAreas.join(', ') : translate('kompass.crosswalks.unmapped'),
        }}
      />
    </ReportSection>
  );
};
