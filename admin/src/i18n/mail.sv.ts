/** Swedish for `kompass.mail`. */
export const mailSv = {
  mail: {
    title: 'Utskick %{id}',
    to: 'Till',
    html_heading: 'Mejlet (HTML)',
    html_frame: 'Mejlets HTML-version',
    text_heading: 'Mejlet (text)',
    not_sent: 'Mejlet har inte skickats ännu: innehållet skapas när det skickas.',
    retry: 'Skicka igen',
    retried: 'Mejlet är köat för att skickas igen',
    last_error: 'Senaste fel',
  },
};
