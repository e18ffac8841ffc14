import { DEPARTMENT_KINDS, FindingKind, LOCALES, ROLES, Role } from '@kompass/shared';

/**
 * Choices for SelectInput/SelectField built from the shared enums. `name` is a translation key:
 * react-admin translates choice names.
 */
export const roleChoices = ROLES.map((role) => ({ id: role, name: `kompass.roles.${role}` }));

/** The roles a coordinator may hand out: everything but admin. */
export const coordinatorRoleChoices = roleChoices.filter((choice) => choice.id !== Role.Admin);

export const departmentKindChoices = DEPARTMENT_KINDS.map((kind) => ({
  id: kind,
  name: `kompass.department_kinds.${kind}`,
}));

export const localeChoices = LOCALES.map((locale) => ({ id: locale, name: `kompass.locales.${locale}` }));

/** Styrka / förbättringsmöjlighet, in the order the reports list them. */
export const findingKindChoices = [FindingKind.Strength, FindingKind.Improvement].map((kind) => ({
  id: kind,
  name: `kompass.finding_kinds.${kind}`,
}));
