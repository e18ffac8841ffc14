import { Edit, TopToolbar, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Button } from '@mui/material';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';
import type { MunicipalityRecord, OidcConnectionRecord } from '@kompass/shared';
import { OidcConnectionForm, transformConnection } from './OidcConnectionForm';

/** "Testa inloggning": runs the provider's login in test mode; the result page shows the claims received. */
const TestLoginButton = () => {
  const translate = useTranslate();
  const record = useRecordContext<OidcConnectionRecord>();
  const { data: municipality } = useGetOne<MunicipalityRecord>(
    'municipalities',
    { id: record?.municipalityId },
    { enabled: !!record },
  );
  if (!municipality) return null;
  return (
    <Button startIcon={<ScienceIcon />} href={`/api/auth/oidc/${municipality.code}/login?test=1`}>
      {translate('kompass.sso.test_button')}
    </Button>
  );
};

const EnvironmentNote = () => {
  const translate = useTranslate();
  const record = useRecordContext<OidcConnectionRecord>();
  return record?.fromEnvironment ? <Alert severity="info">{translate('kompass.sso.from_environment')}</Alert> : null;
};

const OidcConnectionEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect={false}
    transform={transformConnection}
    actions={
      <TopToolbar>
        <TestLoginButton />
      </TopToolbar>
    }
  >
    <EnvironmentNote />
    <OidcConnectionForm />
  </Edit>
);

export default OidcConnectionEdit;
