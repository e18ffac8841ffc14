import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { AreaRecord, FrameworkRecord } from '@kompass/shared';
import { maxPointsColumn, QuestionTable } from '../common';

const AreaSection = ({ area }: { area: AreaRecord }) => {
  const translate = useTranslate();
  const headingId = `area-${area.number}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('kompass.frameworks.area_heading', { number: area.number, name: area.name })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('kompass.frameworks.area_max_points', { points: area.maxPoints })}
        {area.aliases?.length
          ? ` · ${translate('kompass.frameworks.area_also_known_as', { names: area.aliases.join(', ') })}`
          : ''}
      </Typography>
      <QuestionTable labelledBy={headingId} questions={area.questions} columns={[maxPointsColumn(translate)]} />
    </Box>
  );
};

/** The framework's areas, each with its questions and max points (GET /api/frameworks/:id includes them). */
export const FrameworkAreas = () => {
  const translate = useTranslate();
  const record = useRecordContext<FrameworkRecord>();
  if (!record) return null;
  const areas = [...(record.areas ?? [])].sort((a, b) => a.number - b.number);
  return (
    <Box component="section" aria-labelledby="framework-areas" sx={{ px: 2, pb: 3 }}>
      <Typography id="framework-areas" component="h2" variant="h6">
        {translate('kompass.frameworks.areas_heading')}
      </Typography>
      {areas.length > 0 && record.questionCount === 0 && (
        <Typography sx={{ mt: 1 }}>{translate('kompass.frameworks.no_questions')}</Typography>
      )}
      {areas.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{translate('kompass.frameworks.no_areas')}</Typography>
      ) : (
        areas.map((area) => <AreaSection key={area.number} area={area} />)
      )}
    </Box>
  );
};
