import { Datagrid, EditButton, List, TextField } from 'react-admin';

const MunicipalityList = () => (
  <List sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="organisationNumber" />
      <EditButton />
    </Datagrid>
  </List>
);

export default MunicipalityList;
