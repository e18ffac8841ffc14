/**
 * Resource and field names, Swedish: `resources.<name>.name` ("singular |||| plural") and
 * `resources.<name>.fields.<field>`; `forcedCaseName` is the name mid-sentence
 * ("Inga kommuner ännu.", "Ta bort förvaltning X"). The English file must have exactly these keys.
 */
const timestamps = {
  createdAt: 'Skapad',
  updatedAt: 'Ändrad',
};

export const resourcesSv = {
  municipalities: {
    name: 'Kommun |||| Kommuner',
    forcedCaseName: 'kommun |||| kommuner',
    fields: {
      id: 'Id',
      name: 'Namn',
      code: 'Kommunkod',
      organisationNumber: 'Organisationsnummer',
      ...timestamps,
    },
  },
  departments: {
    name: 'Förvaltning |||| Förvaltningar',
    forcedCaseName: 'förvaltning |||| förvaltningar',
    fields: {
      id: 'Id',
      municipalityId: 'Kommun',
      name: 'Namn',
      kind: 'Typ',
      ...timestamps,
    },
  },
  users: {
    name: 'Användare |||| Användare',
    forcedCaseName: 'användare |||| användare',
    fields: {
      id: 'Id',
      email: 'E-postadress',
      name: 'Namn',
      role: 'Roll',
      municipalityId: 'Kommun',
      departmentId: 'Förvaltning',
      locale: 'Språk',
      active: 'Aktiv',
      password: 'Lösenord',
      ...timestamps,
    },
  },
  frameworks: {
    name: 'Ramverk |||| Ramverk',
    forcedCaseName: 'ramverk |||| ramverk',
    fields: {
      id: 'Id',
      code: 'Kod',
      name: 'Namn',
      validFrom: 'Gäller från',
      validTo: 'Gäller till',
      validity: 'Giltighet',
      maxPoints: 'Maxpoäng',
      questionCount: 'Antal delfrågor',
      areas: 'Områden',
    },
  },
  evaluations: {
    name: 'Utvärdering |||| Utvärderingar',
    forcedCaseName: 'utvärdering |||| utvärderingar',
    fields: {
      id: 'Id',
      label: 'Benämning',
      evaluatedAt: 'Utvärderad',
      evaluators: 'Utvärderare',
      municipalityId: 'Kommun',
      frameworkId: 'Ramverk',
      frameworkCode: 'Ramverk',
      totalAchieved: 'Poäng',
      totalMax: 'Maxpoäng',
      warningCount: 'Avvikelser',
      findingCounts: 'Iakttagelser',
      source: 'Källfil',
      q: 'Sök',
      ...timestamps,
    },
  },
  findings: {
    name: 'Iakttagelse |||| Iakttagelser',
    forcedCaseName: 'iakttagelse |||| iakttagelser',
    fields: {
      id: 'Id',
      evaluationId: 'Utvärdering',
      municipalityId: 'Kommun',
      area: 'Område',
      kind: 'Typ',
      text: 'Iakttagelse',
      order: 'Ordning',
      questionCodes: 'Delfrågor',
      questionCode: 'Delfråga',
      suggestedQuestionCodes: 'Föreslagna delfrågor',
      q: 'Sök',
      ...timestamps,
    },
  },
  // Names only, for now: fields come with each resource.
  'action-plans': { name: 'Handlingsplan |||| Handlingsplaner', forcedCaseName: 'handlingsplan |||| handlingsplaner' },
  actions: { name: 'Åtgärd |||| Åtgärder', forcedCaseName: 'åtgärd |||| åtgärder' },
  notifications: { name: 'Avisering |||| Aviseringar', forcedCaseName: 'avisering |||| aviseringar' },
  'audit-events': { name: 'Logghändelse |||| Logghändelser', forcedCaseName: 'logghändelse |||| logghändelser' },
};
