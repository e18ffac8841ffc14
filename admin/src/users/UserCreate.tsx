import { Create, PasswordInput, SimpleForm, required } from 'react-admin';
import { Locale, Role } from '@kompass/shared';
import { ownMunicipalityDefaults } from '../common';
import { UserFormFields } from './UserFormFields';

const defaults = () => ({
  role: Role.DepartmentHead,
  locale: Locale.Sv,
  active: true,
  ...ownMunicipalityDefaults(),
});

const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaults}>
      <UserFormFields />
      <PasswordInput
        source="password"
        validate={required()}
        autoComplete="new-password"
        helperText="kompass.users.password_help"
      />
    </SimpleForm>
  </Create>
);

export default UserCreate;
