import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './redis-server';

export interface TestSmtp {
  port: number;
  /** For SMTP_URL: plain SMTP on loopback, no TLS, no auth */
  url: string;
  /** Every mail received, parsed, in order of arrival */
  messages: ParsedMail[];
  stop(): Promise<void>;
}

/** A real SMTP server (the smtp-server package) in this process, on a free port or the one given. */
export async function startSmtp(port?: number): Promise<TestSmtp> {
  const chosen = port ?? (await freePort());
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(chosen, '127.0.0.1', () => resolve());
  });
  return {
    port: chosen,
    url: smtpUrl(chosen),
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const smtpUrl = (port: number) => `smtp://127.0.0.1:${port}?ignoreTLS=true`;

/** Polls until the condition holds (e.g. a mail arrived), failing with what was awaited. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
