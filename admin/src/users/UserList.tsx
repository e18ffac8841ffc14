import {
  BooleanField,
  Datagrid,
  EditButton,
  EmailField,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { Role } from '@kompass/shared';
import { municipalityFilter, roleChoices, useRole } from '../common';

const UserList = () => {
  const isAdmin = useRole() === Role.Admin;
  const filters = [
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
    ...(isAdmin ? [municipalityFilter] : []),
  ];
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters}>
      <Datagrid>
        <TextField source="name" />
        <EmailField source="email" />
        <SelectField source="role" choices={roleChoices} />
        {isAdmin && <ReferenceField source="municipalityId" reference="municipalities" emptyText="–" />}
        <ReferenceField source="departmentId" reference="departments" emptyText="–" />
        <BooleanField source="active" />
        <EditButton />
      </Datagrid>
    </List>
  );
};

export default UserList;
