import type { SameKeys } from './types';
import type { mailSv } from './mail.sv';

/** English for `kompass.mail`: exactly the Swedish keys. */
export const mailEn = {
  mail: {
    title: 'Mail %{id}',
    to: 'To',
    html_heading: 'The mail (HTML)',
    html_frame: 'HTML version of the mail',
    text_heading: 'The mail (text)',
    not_sent: 'The mail has not been sent yet: its content is made when it is sent.',
    retry: 'Send again',
    retried: 'The mail is queued to be sent again',
    last_error: 'Last error',
  },
} satisfies SameKeys<typeof mailSv>;
