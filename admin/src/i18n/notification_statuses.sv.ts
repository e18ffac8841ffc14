/** Swedish for `kompass.notification_statuses`. */
export const notificationStatusesSv = {
  notification_statuses: { queued: 'I kö', sent: 'Skickad', failed: 'Misslyckad' },
};
