import { SimpleForm, TextInput, regex, required } from 'react-admin';

/** kommunkod: four digits, e.g. 1081 */
const validateCode = [required(), regex(/^\d{4}$/, 'kompass.validation.municipality_code')];
/** organisationsnummer: ten digits, NNNNNN-NNNN (kommuner start with 2) */
const validateOrganisationNumber = regex(/^\d{6}-\d{4}$/, 'kompass.validation.organisation_number');

export const MunicipalityForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <TextInput
      source="code"
      validate={validateCode}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
    />
    <TextInput source="organisationNumber" validate={validateOrganisationNumber} />
  </SimpleForm>
);
