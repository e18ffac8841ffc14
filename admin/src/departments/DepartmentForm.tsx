import { SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { DepartmentKind } from '@kompass/shared';
import { MunicipalityInput, departmentKindChoices, ownMunicipalityDefaults } from '../common';

export const DepartmentForm = () => (
  <SimpleForm defaultValues={{ kind: DepartmentKind.Administration, ...ownMunicipalityDefaults() }}>
    <MunicipalityInput required />
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={departmentKindChoices} validate={required()} />
  </SimpleForm>
);
