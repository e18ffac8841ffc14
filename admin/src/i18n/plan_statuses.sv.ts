/** Swedish for `kompass.plan_statuses`. */
export const planStatusesSv = {
  plan_statuses: { active: 'Aktiv', closed: 'Avslutad' },
};
