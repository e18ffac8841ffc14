/** Swedish for `kompass.roles`. */
export const rolesSv = {
  roles: {
    admin: 'Administratör',
    coordinator: 'Kvalitetssamordnare',
    department_head: 'Förvaltningschef',
    leadership: 'Kommunledning',
  },
};
