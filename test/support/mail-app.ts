import type { ParsedMail } from 'mailparser';
import { startRedis, type TestRedis } from './redis-server';
import { startSmtp, type TestSmtp } from './smtp-server';
import { startTestApp, type TestApp } from './test-app';

export interface MailApp {
  t: TestApp;
  smtp: TestSmtp;
  redis: TestRedis;
  /** The mails so far whose To header is `email` alone */
  mailsTo(email: string): ParsedMail[];
  close(): Promise<void>;
}

/**
 * The production mail path in one process: BullMQ on a real Redis, a worker in the app, mail to a capturing SMTP
 * server, links to https://kompass.example.se. `env` adds to or overrides that.
 */
export async function startMailApp(env: Record<string, string> = {}): Promise<MailApp> {
  const redis = await startRedis();
  const smtp = await startSmtp();
  const stopServers = async () => {
    await smtp.stop();
    await redis.stop();
  };
  let t: TestApp;
  try {
    t = await startTestApp({
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      WORKER: 'on',
      APP_URL: 'https://kompass.example.se',
      ...env,
    });
  } catch (error) {
    await stopServers();
    throw error;
  }
  return {
    t,
    smtp,
    redis,
    mailsTo: (email) =>
      smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email)),
    close: async () => {
      await t.close();
      await stopServers();
    },
  };
}
