/** Swedish for `kompass.audit`. */
export const auditSv = {
  audit: {
    history_heading: 'Historik',
    none: 'Inga ändringar registrerade.',
    actions: { create: 'Skapad', update: 'Ändrad', delete: 'Borttagen' },
    entities: {
      municipality: 'Kommun',
      department: 'Förvaltning',
      user: 'Användare',
      evaluation: 'Utvärdering',
      finding: 'Iakttagelse',
      action_plan: 'Handlingsplan',
      action: 'Åtgärd',
      action_update: 'Lägesrapport',
    },
  },
};
