import { ReferenceInput, SelectInput, required as requiredValidator } from 'react-admin';
import { Role } from '@kompass/shared';
import { useRole } from './useRole';

/** All municipalities, by name: fewer than 300 in Sweden, so one page for a select. */
const allMunicipalities = { reference: 'municipalities', sort: { field: 'name', order: 'ASC' as const }, perPage: 500 };

interface MunicipalityInputProps {
  required?: boolean;
  helperText?: string;
}

/**
 * Pick the municipality (`municipalityId`). Only admins choose: everyone else works in their own
 * municipality, which the form fills in (see `ownMunicipalityDefaults`) and the API enforces.
 */
export const MunicipalityInput = ({ required = false, helperText }: MunicipalityInputProps) => {
  const role = useRole();
  if (role !== Role.Admin) return null;
  return (
    <ReferenceInput source="municipalityId" {...allMunicipalities}>
      <SelectInput optionText="name" validate={required ? requiredValidator() : undefined} helperText={helperText} />
    </ReferenceInput>
  );
};

/** List filter on `municipalityId`, for admins' lists (everyone else only sees their own municipality). */
export const municipalityFilter = (
  <ReferenceInput key="municipalityId" source="municipalityId" {...allMunicipalities}>
    <SelectInput optionText="name" />
  </ReferenceInput>
);
