import {
  DeleteWithConfirmButton,
  Loading,
  ShowBase,
  Title,
  useCanAccess,
  useGetOne,
  useRecordContext,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { Role, type EvaluationRecord, type MunicipalityRecord } from '@kompass/shared';
import { useDownload, useRole } from '../common';
import { EvaluationFacts, Fact } from './EvaluationFacts';
import { EvaluationFindings } from './EvaluationFindings';
import { EvaluationScores } from './EvaluationScores';
import { WarningList } from './WarningList';

/** "47 kB" */
const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

const SourceFact = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const [download, pending] = useDownload();
  if (!record.source) return null;
  const name = record.source.fileName ?? translate('kompass.evaluations.pasted_text');
  return (
    <Fact term={translate('resources.evaluations.fields.source')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <span>
          {name} ({kilobytes(record.source.size)})
        </span>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          disabled={pending}
          onClick={() =>
            download(`/api/evaluations/${record.id}/source`, record.source?.fileName ?? `utvardering-${record.id}`)
          }
        >
          {translate('kompass.evaluations.download_source')}
        </Button>
      </Box>
    </Fact>
  );
};

const Header = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const isAdmin = useRole() === Role.Admin;
  const { canAccess: mayDelete } = useCanAccess({ action: 'delete', resource: 'evaluations', record });
  const { data: municipality } = useGetOne<MunicipalityRecord>(
    'municipalities',
    { id: record.municipalityId },
    { enabled: isAdmin },
  );
  return (
    <Card component="section" aria-labelledby="evaluation-heading">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <Typography id="evaluation-heading" component="h1" variant="h5" sx={{ flex: 1 }}>
            {record.label}
          </Typography>
          {mayDelete && (
            <DeleteWithConfirmButton
              record={record}
              mutationMode="pessimistic"
              confirmTitle="kompass.evaluations.delete_title"
              confirmContent="kompass.evaluations.delete_content"
              translateOptions={{ label: record.label }}
            />
          )}
        </Box>
        <EvaluationFacts evaluation={record} municipalityName={municipality?.name}>
          <Fact term={translate('resources.evaluations.fields.findingCounts')}>
            {translate('kompass.evaluations.finding_counts', {
              strengths: record.findingCounts.strength,
              improvements: record.findingCounts.improvement,
            })}
          </Fact>
          <SourceFact record={record} />
        </EvaluationFacts>
      </CardContent>
    </Card>
  );
};

const EvaluationPage = () => {
  const translate = useTranslate();
  const { isPending, error } = useShowContext<EvaluationRecord>();
  const record = useRecordContext<EvaluationRecord>();
  // A record seeded from the list (a summary, without areas) until the full one arrives
  if (isPending || (record && !record.areas)) return <Loading />;
  if (error || !record) {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {error instanceof Error ? error.message : translate('ra.page.not_found')}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title={translate('kompass.evaluations.page_title', { label: record.label })} />
      <Header record={record} />
      <WarningList warnings={record.warnings} areas={record.areas} />
      <EvaluationScores record={record} />
      <EvaluationFindings record={record} />
    </Box>
  );
};

/** One evaluation: totals, warnings, scores by area (correctable) and the findings. */
const EvaluationShow = () => (
  <ShowBase>
    <EvaluationPage />
  </ShowBase>
);

export default EvaluationShow;
