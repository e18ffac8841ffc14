/** Swedish for `kompass.notification_kinds`. */
export const notificationKindsSv = {
  notification_kinds: {
    deadline: 'Slutdatum närmar sig',
    overdue: 'Försenad',
    stale: 'Lägesrapport saknas',
    escalation: 'Eskalering',
    summary: 'Månadssammanfattning',
    closing: 'Planen avslutas',
  },
};
