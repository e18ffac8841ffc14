import { BooleanInput, FormDataConsumer, ReferenceInput, SelectInput, TextInput, email, required } from 'react-admin';
import { Role } from '@kompass/shared';
import { MunicipalityInput, coordinatorRoleChoices, localeChoices, roleChoices, useRole } from '../common';

const validateEmail = [required(), email()];

/** The fields a user form shares between create and edit (the password is create-only). */
export const UserFormFields = () => {
  const isAdmin = useRole() === Role.Admin;
  return (
    <>
      <TextInput source="name" validate={required()} autoComplete="off" />
      <TextInput source="email" type="email" validate={validateEmail} autoComplete="off" />
      <SelectInput source="role" choices={isAdmin ? roleChoices : coordinatorRoleChoices} validate={required()} />
      <MunicipalityInput helperText="kompass.users.municipality_help" />
      <FormDataConsumer<{ municipalityId?: number | null }>>
        {({ formData }) =>
          formData.municipalityId != null ? (
            <ReferenceInput
              source="departmentId"
              reference="departments"
              filter={{ municipalityId: formData.municipalityId }}
              sort={{ field: 'name', order: 'ASC' }}
              perPage={500}
            >
              <SelectInput optionText="name" emptyText="kompass.users.no_department" />
            </ReferenceInput>
          ) : null
        }
      </FormDataConsumer>
      <SelectInput source="locale" choices={localeChoices} validate={required()} />
      <BooleanInput source="active" />
    </>
  );
};
