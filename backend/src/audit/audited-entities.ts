/** Entities whose every create, update and delete is audited, by table name; also the audit list's entity filter. */
export const AUDITED_ENTITIES = [
  'municipality',
  'department',
  'user',
  'evaluation',
  'finding',
  'action_plan',
  'action',
  'action_update',
  'reminder_settings',
  'notification',
  'public_profile',
  'plan_publication',
  'action_publication',
  'oidc_connection',
];
