import { Datagrid, EditButton, List, ReferenceField, SelectField, SelectInput, TextField } from 'react-admin';
import { Role } from '@kompass/shared';
import { departmentKindChoices, municipalityFilter, useRole } from '../common';

const DepartmentList = () => {
  const isAdmin = useRole() === Role.Admin;
  const filters = [
    <SelectInput key="kind" source="kind" choices={departmentKindChoices} alwaysOn />,
    ...(isAdmin ? [municipalityFilter] : []),
  ];
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters}>
      <Datagrid>
        <TextField source="name" />
        <SelectField source="kind" choices={departmentKindChoices} />
        {isAdmin && <ReferenceField source="municipalityId" reference="municipalities" />}
        <EditButton />
      </Datagrid>
    </List>
  );
};

export default DepartmentList;
