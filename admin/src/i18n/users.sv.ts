/** Swedish for `kompass.users`. */
export const usersSv = {
  users: {
    password_help: 'Ett första lösenord. Användaren kan byta det efter inloggningen.',
    municipality_help: 'Lämnas tom för administratörer.',
    no_department: 'Ingen förvaltning',
  },
};
