/**
 * The yardstick for delivery: raw nodemailer (bench/mail-baseline.ts) sending the messages Kompass just sent,
 * rendered as they went out, to the same SMTP sink at the same concurrency, right after Kompass's own delivery.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { RawMail } from '../mail-baseline';
import { cpuMs, startChild } from './processes';
import { awaitDelivery, type Throughput } from './reminders';
import type { SmtpSink } from './smtp-sink';

const SENT = `SELECT "id", "idempotencyKey", "email", "subject", "bodyText" AS "text", "bodyHtml" AS "html"
  FROM "notification" WHERE "status" = 'sent' AND "id" > $1 ORDER BY "id" LIMIT 1000`;

/**
 * Writes the mails the app sent (the outbox stores the bodies that went out) to a JSON-lines file, a page of
 * rows at a time so that the bench never holds them all; returns how many.
 */
export async function exportSentMails(databaseUrl: string, file: string): Promise<number> {
  let page: (after: number) => Promise<RawMail[]>;
  let close: () => Promise<void>;
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true });
    const statement = db.prepare(SENT.replace('$1', '?'));
    page = async (after) => statement.all(after) as RawMail[];
    close = async () => void db.close();
  } else {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    page = async (after) => (await client.query<RawMail>(SENT, [after])).rows;
    close = () => client.end();
  }
  const fd = openSync(file, 'w');
  let count = 0;
  try {
    for (let rows = await page(0); rows.length; rows = await page(rows[rows.length - 1].id)) {
      writeSync(fd, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
      count += rows.length;
    }
  } finally {
    closeSync(fd);
    await close();
  }
  return count;
}

/** Runs the raw sender on the exported mails and measures it at the sink as Kompass's delivery was measured. */
export async function rawNodemailer(
  sink: SmtpSink,
  mailsFile: string,
  expected: number,
  concurrency: number,
  runDir: string,
  window: { stallSeconds: number; maxSeconds: number },
): Promise<Throughput & { cpuMsPerMail?: number | null }> {
  sink.reset();
  const sender = await startChild(
    ['-r', '@swc-node/register', 'bench/mail-baseline.ts'],
    {
      SWC_NODE_PROJECT: 'backend/tsconfig.json',
      MAILS_FILE: mailsFile,
      SMTP_URL: sink.url,
      MAIL_CONCURRENCY: String(concurrency),
    },
    /mail baseline ready/,
    sink.url,
    join(runDir, 'mail-baseline.log'),
  );
  try {
    return await awaitDelivery(sink, expected, window.stallSeconds, window.maxSeconds, () => cpuMs(sender.pid));
  } finally {
    await sender.stop();
  }
}
