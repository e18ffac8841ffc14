/** Swedish for `kompass.departments_rollup`. */
export const departmentsRollupSv = {
  departments_rollup: {
    heading: 'Förvaltningar',
    none: 'Inga åtgärder är kopplade till en förvaltning ännu.',
    col_department: 'Förvaltning',
    col_last_report: 'Senaste lägesrapport',
    no_department: 'Utan förvaltning',
    no_report: 'Ingen ännu',
    own: '(din förvaltning)',
  },
};
