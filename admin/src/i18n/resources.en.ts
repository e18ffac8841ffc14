import type { resourcesSv } from './resources.sv';
import type { SameKeys } from './types';

/** Resource and field names, English. Same keys as the Swedish original. */
const timestamps = {
  createdAt: 'Created',
  updatedAt: 'Updated',
};

export const resourcesEn = {
  municipalities: {
    name: 'Municipality |||| Municipalities',
    forcedCaseName: 'municipality |||| municipalities',
    fields: {
      id: 'Id',
      name: 'Name',
      code: 'Municipality code',
      organisationNumber: 'Organisation number',
      ...timestamps,
    },
  },
  departments: {
    name: 'Department |||| Departments',
    forcedCaseName: 'department |||| departments',
    fields: {
      id: 'Id',
      municipalityId: 'Municipality',
      name: 'Name',
      kind: 'Kind',
      ...timestamps,
    },
  },
  users: {
    name: 'User |||| Users',
    forcedCaseName: 'user |||| users',
    fields: {
      id: 'Id',
      email: 'Email address',
      name: 'Name',
      role: 'Role',
      municipalityId: 'Municipality',
      departmentId: 'Department',
      locale: 'Language',
      active: 'Active',
      password: 'Password',
      ...timestamps,
    },
  },
  frameworks: {
    name: 'Framework |||| Frameworks',
    forcedCaseName: 'framework |||| frameworks',
    fields: {
      id: 'Id',
      code: 'Code',
      name: 'Name',
      validFrom: 'Valid from',
      validTo: 'Valid to',
      validity: 'Validity',
      maxPoints: 'Max points',
      questionCount: 'Questions',
      areas: 'Areas',
    },
  },
  evaluations: {
    name: 'Evaluation |||| Evaluations',
    forcedCaseName: 'evaluation |||| evaluations',
    fields: {
      id: 'Id',
      label: 'Label',
      evaluatedAt: 'Evaluated',
      evaluators: 'Evaluators',
      municipalityId: 'Municipality',
      frameworkId: 'Framework',
      frameworkCode: 'Framework',
      totalAchieved: 'Points',
      totalMax: 'Max points',
      warningCount: 'Warnings',
      findingCounts: 'Findings',
      source: 'Source file',
      q: 'Search',
      ...timestamps,
    },
  },
  findings: {
    name: 'Finding |||| Findings',
    forcedCaseName: 'finding |||| findings',
    fields: {
      id: 'Id',
      evaluationId: 'Evaluation',
      municipalityId: 'Municipality',
      area: 'Area',
      kind: 'Kind',
      text: 'Finding',
      order: 'Order',
      questionCodes: 'Sub-questions',
      questionCode: 'Sub-question',
      suggestedQuestionCodes: 'Suggested sub-questions',
      q: 'Search',
      ...timestamps,
    },
  },
  // Names only, for now: fields come with each resource.
  'action-plans': { name: 'Action plan |||| Action plans', forcedCaseName: 'action plan |||| action plans' },
  actions: { name: 'Action |||| Actions', forcedCaseName: 'action |||| actions' },
  notifications: { name: 'Notification |||| Notifications', forcedCaseName: 'notification |||| notifications' },
  'audit-events': { name: 'Audit event |||| Audit events', forcedCaseName: 'audit event |||| audit events' },
} satisfies SameKeys<typeof resourcesSv>;
