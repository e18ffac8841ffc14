/**
 * The raw sender for the delivery yardstick: nodemailer with a pooled SMTP transport configured as the app's
 * MailTransport is, sending the messages the app sent (rendered, read from a JSON-lines file before the first
 * mail) at the app's mail concurrency. No database, no queue: what SMTP itself costs, so the ratio of the app's
 * delivery to this says what Kompass adds on top. Runs in a process of its own, like the app's worker, so that
 * neither shares an event loop with the SMTP sink in the bench process.
 * Env: MAILS_FILE, SMTP_URL, MAIL_CONCURRENCY. Prints "mail baseline ready", sends, prints "mail baseline done",
 * then stays up until it is stopped, so that the bench can read its CPU time.
 */
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';

export interface RawMail {
  id: number;
  idempotencyKey: string;
  email: string;
  subject: string;
  text: string;
  html: string;
}

async function main(): Promise<void> {
  const concurrency = Number(process.env.MAIL_CONCURRENCY);
  const mails = readFileSync(process.env.MAILS_FILE!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RawMail);
  // As backend/src/mail/mail-transport.ts: one connection per concurrent send.
  const transport = nodemailer.createTransport({
    url: process.env.SMTP_URL,
    pool: true,
    maxConnections: concurrency,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  process.stdout.write(`mail baseline ready: ${mails.length} mails, concurrency ${concurrency}\n`);
  let next = 0;
  // As many sends in flight as the app's mail worker runs jobs at once.
  const lane = async () => {
    while (next < mails.length) {
      const mail = mails[next++];
      await transport.sendMail({
        from: 'Kompass <kompass@localhost>',
        to: mail.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<notification-${mail.id}.${mail.idempotencyKey.replace(/[^\w.-]/g, '.')}@localhost>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  transport.close();
  process.stdout.write('mail baseline done\n');
  setInterval(() => undefined, 60_000);
}

main().catch((error) => {
  process.stderr.write(`mail baseline failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
