import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { Role } from '@kompass/shared';

const MAPPABLE_ROLES = [Role.Coordinator, Role.DepartmentHead, Role.Leadership];

/** Domains are typed as "a.se, b.se" and sent as a list. */
const formatDomains = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value);
export const transformConnection = (data: Record<string, unknown>) => ({
  ...data,
  allowedDomains:
    typeof data.allowedDomains === 'string'
      ? data.allowedDomains
          .split(/[\s,]+/)
          .map((d) => d.trim())
          .filter(Boolean)
      : data.allowedDomains,
});

export const OidcConnectionForm = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  const roleChoices = MAPPABLE_ROLES.map((role) => ({ id: role, name: translate(`kompass.roles.${role}`) }));
  return (
    <SimpleForm>
      <ReferenceInput source="municipalityId" reference="municipalities">
        <SelectInput optionText="name" validate={required()} disabled={!create} />
      </ReferenceInput>
      <TextInput source="displayName" validate={required()} />
      <TextInput
        source="issuer"
        validate={[required(), regex(/^https?:\/\/\S+$/, 'kompass.sso.errors.sso_not_configured')]}
        fullWidth
      />
      <TextInput source="clientId" validate={required()} />
      <TextInput
        source="clientSecretRef"
        validate={[
          required(),
          regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:\/\S+)$/, 'kompass.api_errors.sso_connection_invalid'),
        ]}
      />
      <TextInput source="allowedDomains" format={formatDomains} validate={required()} fullWidth />
      <TextInput source="roleClaim" defaultValue="roles" />
      <ArrayInput source="roleMap" validate={required()}>
        <SimpleFormIterator inline>
          <TextInput source="value" validate={required()} />
          <SelectInput source="role" choices={roleChoices} validate={required()} />
          <FormDataConsumer>
            {({ scopedFormData, formData }) =>
              scopedFormData?.role === Role.DepartmentHead ? (
                <ReferenceInput
                  source="departmentId"
                  reference="departments"
                  filter={{ municipalityId: formData.municipalityId }}
                >
                  <SelectInput optionText="name" validate={required()} />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
      <BooleanInput source="passwordLoginAllowed" defaultValue={true} />
    </SimpleForm>
  );
};
