/**
 * An SMTP server (the smtp-server package) in the bench process that accepts every mail and only counts it:
 * parsing would make the sink, not the backend, the bottleneck of the delivery figure.
 */
import { freePort } from '../../test/support/redis-server';
// smtp-server ships no types; this is the part of its API the sink uses.
const { SMTPServer } = require('smtp-server') as {
  SMTPServer: new (options: object) => {
    listen(port: number, host: string, cb: () => void): void;
    close(cb: () => void): void;
    once(event: 'error', cb: (e: Error) => void): void;
  };
};

export interface SmtpSink {
  url: string;
  received(): number;
  /** ms timestamps (performance.now()) of the first and the latest mail */
  first: number | null;
  last: number | null;
  /** Starts counting afresh, for the next sender */
  reset(): void;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  let count = 0;
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received: () => count,
    first: null,
    last: null,
    reset: () => {
      count = 0;
      sink.first = null;
      sink.last = null;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A reverse DNS lookup per connection would make the sink, not the backend, set the pace.
    disableReverseLookup: true,
    size: 10 * 1024 * 1024,
    onData(stream: NodeJS.ReadableStream, _session: unknown, callback: (error?: Error) => void) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        count += 1;
        sink.last = performance.now();
        sink.first ??= sink.last;
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return sink;
}
