import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './redis-server';

/** One accepted message as it came over the wire. */
export interface Delivery {
  mail: ParsedMail;
  /** The message as sent, headers and all (CRLF line ends) */
  raw: string;
  /** RCPT TO addresses of the SMTP envelope: who really gets it, whatever the headers say */
  rcptTo: string[];
}

export interface TestSmtp {
  port: number;
  /** For SMTP_URL: plain SMTP on loopback, no TLS, no auth */
  url: string;
  /** Every mail accepted, parsed, in order of arrival */
  messages: ParsedMail[];
  /** The same mails with their raw source and envelope */
  deliveries: Delivery[];
  /**
   * Accept this many mails in all, then hold every further one after its DATA without answering, as a slow
   * server does; null (the default) accepts everything and lets held mails on open connections through.
   * A held mail whose client goes away is dropped: without the final 250 it was never delivered.
   */
  holdAfter(accepted: number | null): void;
  /** Refuse the next this many mails after their DATA with a permanent error (550), as a server rejecting them does. */
  refuse(count: number): void;
  /** Mails refused so far */
  readonly refused: number;
  /** Mails held right now, on connections that are still open */
  readonly held: number;
  /** Held mails whose client disconnected before they were accepted */
  readonly dropped: number;
  stop(): Promise<void>;
}

interface Held {
  sessionId: string;
  accept(): void;
}

/** A real SMTP server (the smtp-server package) in this process, on a free port or the one given. */
export async function startSmtp(port?: number): Promise<TestSmtp> {
  const chosen = port ?? (await freePort());
  const messages: ParsedMail[] = [];
  const deliveries: Delivery[] = [];
  let limit: number | null = null;
  let held: Held[] = [];
  let dropped = 0;
  let toRefuse = 0;
  let refused = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => {
        if (toRefuse > 0) {
          toRefuse--;
          refused++;
          return callback(Object.assign(new Error('Mailbox unavailable (test refusal)'), { responseCode: 550 }));
        }
        const raw = Buffer.concat(chunks);
        const rcptTo = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(raw)
          .then((mail) => {
            const accept = () => {
              messages.push(mail);
              deliveries.push({ mail, raw: raw.toString('utf8'), rcptTo });
              callback();
            };
            if (limit !== null && messages.length >= limit) held.push({ sessionId: session.id, accept });
            else accept();
          })
          .catch(callback);
      });
    },
    onClose(session) {
      const before = held.length;
      held = held.filter((h) => h.sessionId !== session.id);
      dropped += before - held.length;
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
    deliveries,
    holdAfter(accepted) {
      limit = accepted;
      while (held.length && (limit === null || messages.length < limit)) held.shift()!.accept();
    },
    refuse(count) {
      toRefuse = count;
    },
    get refused() {
      return refused;
    },
    get held() {
      return held.length;
    },
    get dropped() {
      return dropped;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const smtpUrl = (port: number) => `smtp://127.0.0.1:${port}?ignoreTLS=true`;

/** Polls until the condition holds (e.g. a mail arrived), failing with what was awaited. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The address a mail is to, when it is to exactly one. */
export const addressOf = (mail: ParsedMail): string | undefined =>
  mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;

/** Every mail received as "address subject", sorted: what a run delivered, to compare with what was due. */
export const receivedMails = (smtp: TestSmtp): string[] =>
  smtp.messages.map((m) => `${addressOf(m)} ${m.subject}`).sort();
