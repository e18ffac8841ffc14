import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { MAIL_CONCURRENCY } from './mail-concurrency';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per notification, so a receiving system can drop a rare duplicate after a crash mid-send. */
  messageId: string;
  /** Used for the .eml file name in the outbox. */
  fileName: string;
}

/**
 * Delivery: SMTP through nodemailer when SMTP_URL is set; otherwise an .eml file under DATA_DIR/outbox,
 * so the embedded default works without a mail server and an operator can still read what went out.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly smtp: Transporter | null;
  private readonly files: Transporter;
  readonly outboxDir: string;

  constructor(private readonly config: AppConfig) {
    this.outboxDir = join(config.dataDir, 'outbox');
    // Pooled: a connection per mail would pay the TCP/TLS handshake and the server's greeting delay (often
    // 100 ms or more) every time. One connection per concurrent send job.
    this.smtp = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          pool: true,
          maxConnections: MAIL_CONCURRENCY,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
    this.files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  get via(): 'smtp' | 'outbox' {
    return this.smtp ? 'smtp' : 'outbox';
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = await this.files.sendMail(message);
    mkdirSync(this.outboxDir, { recursive: true });
    const file = join(this.outboxDir, mail.fileName);
    // Written whole or not at all: a reader never sees half a mail.
    writeFileSync(`${file}.tmp`, info.message as Buffer);
    renameSync(`${file}.tmp`, file);
    this.logger.log(`Wrote ${mail.fileName} to the outbox (no SMTP_URL)`);
  }

  /** After every module's destroy hook, i.e. after the job workers let their running sends finish. */
  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
