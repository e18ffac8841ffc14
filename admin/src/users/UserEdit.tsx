import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { CardContent, Divider, Typography } from '@mui/material';
import type { UserRecord } from '@kompass/shared';
import { DigestPauseForm } from './DigestPauseForm';
import { UserFormFields } from './UserFormFields';

/** A coordinator sets a colleague's leave of absence here; its own form, as it saves on its own. */
const PauseCard = () => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Divider />
      <CardContent component="section" aria-labelledby="user-pause">
        <Typography id="user-pause" component="h2" variant="h6" gutterBottom>
          {translate('kompass.pause.heading')}
        </Typography>
        <DigestPauseForm key={record.id} user={record} self={false} />
      </CardContent>
    </>
  );
};

const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <UserFormFields />
    </SimpleForm>
    <PauseCard />
  </Edit>
);

export default UserEdit;
