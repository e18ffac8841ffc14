import { LinkBase, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/AssessmentOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { canWrite } from '../access';
import { useRole } from '../common';

/** No evaluations yet: say what comes next, and offer the import to those who may import. */
export const EvaluationEmpty = ({ headingLevel = 'h1' }: { headingLevel?: 'h1' | 'h2' }) => {
  const translate = useTranslate();
  const mayImport = canWrite(useRole(), 'evaluations');
  return (
    <Card component="section" aria-labelledby="evaluations-empty" sx={{ mt: headingLevel === 'h1' ? 2 : 0 }}>
      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <AssessmentIcon aria-hidden="true" sx={{ fontSize: 48, color: 'text.secondary', mt: 0.5 }} />
        <Box>
          <Typography id="evaluations-empty" component={headingLevel} variant="h6" gutterBottom>
            {translate('kompass.evaluations.empty_title')}
          </Typography>
          <Typography sx={{ mb: 2, maxWidth: 640 }}>
            {translate(mayImport ? 'kompass.evaluations.empty_text_import' : 'kompass.evaluations.empty_text_wait')}
          </Typography>
          {mayImport && (
            <Button variant="contained" component={LinkBase} to="/evaluations/create" startIcon={<UploadIcon />}>
              {translate('kompass.evaluations.import_first')}
            </Button>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
