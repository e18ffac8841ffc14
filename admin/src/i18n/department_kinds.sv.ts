/** Swedish for `kompass.department_kinds`. */
export const departmentKindsSv = {
  department_kinds: {
    administration: 'Förvaltning',
    committee: 'Nämnd',
    company: 'Bolag',
  },
};
