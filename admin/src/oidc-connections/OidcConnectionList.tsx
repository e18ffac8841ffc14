import { BooleanField, Datagrid, EditButton, List, ReferenceField, TextField } from 'react-admin';

const OidcConnectionList = () => (
  <List pagination={false}>
    <Datagrid bulkActionButtons={false}>
      <ReferenceField source="municipalityId" reference="municipalities" />
      <TextField source="displayName" />
      <TextField source="issuer" />
      <TextField source="clientSecretRef" />
      <BooleanField source="clientSecretAvailable" />
      <BooleanField source="passwordLoginAllowed" />
      <BooleanField source="fromEnvironment" />
      <EditButton />
    </Datagrid>
  </List>
);

export default OidcConnectionList;
