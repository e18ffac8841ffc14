import fc from 'fast-check';
import { request } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startApiProcess, type KompassProcess } from '../support/processes';
import { freePort } from '../support/redis-server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** Bounded in time, not in cases; `npm run fuzz` runs it longer (HOSTILE_FUZZ_SECONDS=120). */
const SECONDS = Number(process.env.HOSTILE_FUZZ_SECONDS ?? 20);
const KB = 1024;
const MB = 1024 * KB;

/** Routes a caller without a token can reach with a body: the public ones, and protected ones (401 after the body). */
const ROUTES: [string, string][] = [
  ['POST', '/api/auth/login'],
  ['PUT', '/api/auth/me'],
  ['POST', '/api/users'],
  ['PUT', '/api/actions/1'],
  ['POST', '/api/actions/1/updates'],
  ['POST', '/api/evaluations/import'],
  ['POST', '/api/health'],
  ['GET', '/api/health'],
  ['GET', '/api/calendar/0123456789abcdef.ics'],
  ['PATCH', '/api/auth/login'],
  ['DELETE', '/api/municipalities/1'],
];

interface Hostile {
  contentType?: string;
  encoding?: string;
  body: Buffer;
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const json = (body: string | Buffer, contentType = 'application/json'): Hostile => ({
  contentType,
  body: Buffer.from(body),
});

const size = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 64 * KB }) },
  { weight: 4, arbitrary: fc.integer({ min: 64 * KB, max: 2 * MB }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 * MB, max: 32 * MB }) },
);

const hostileBody: fc.Arbitrary<Hostile> = fc.oneof(
  // size: long strings, valid and unterminated
  size.map((n) => json(`{"email":"${repeatTo('a', n)}","password":"x"}`)),
  size.map((n) => json(`"${repeatTo('\\u00e5', n)}`)),
  // depth: arrays, objects, mixed, with and without a closing
  fc
    .record({
      depth: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 300_000 })),
      kind: fc.constantFrom('[', '{"a":', '[{"a":'),
      closed: fc.boolean(),
    })
    .map(({ depth, kind, closed }) => {
      const close = kind === '[' ? ']' : kind === '{"a":' ? '}' : '}]';
      return json(`${kind.repeat(depth)}1${closed ? close.repeat(depth) : ''}`);
    }),
  // arrays: many small values
  fc
    .record({ bytes: size, unit: fc.constantFrom('{},', '[],', '1,', '"",', 'null,', '{"a":[]},') })
    .map(({ bytes, unit }) => json(`[${repeatTo(unit, bytes)}0]`)),
  // random JSON values
  fc.json({ depthSize: 'large' }).map((text) => json(text)),
  // wrong or odd content types
  fc
    .record({
      bytes: fc.uint8Array({ maxLength: 16 * KB }),
      contentType: fc.constantFrom(
        undefined,
        'text/plain',
        'application/xml',
        'application/octet-stream',
        'application/vnd.api+json',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/json; charset=no-such-charset',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=kompass',
        'multipart/form-data',
        'application/json, text/html',
      ),
    })
    .map(({ bytes, contentType }) => ({ contentType, body: Buffer.from(bytes) })),
  // form bodies: deep keys, many parameters
  fc
    .record({ n: fc.integer({ min: 1, max: 100_000 }), deep: fc.boolean() })
    .map(({ n, deep }) =>
      json(deep ? `a${repeatTo('[b]', n * 3)}=1` : repeatTo('a=1&', n * 4), 'application/x-www-form-urlencoded'),
    ),
  // multipart without a token, with a large part
  size.map((n) =>
    json(
      `--kompass\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n${repeatTo('x', n)}\r\n--kompass--\r\n`,
      'multipart/form-data; boundary=kompass',
    ),
  ),
  // compressed: bombs and bytes that do not inflate
  fc
    .record({
      unpacked: fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 1, max: 64 * KB }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 64 * MB }) },
      ),
      encoding: fc.constantFrom('gzip', 'deflate', 'br'),
    })
    .map(({ unpacked, encoding }) => {
      const raw = Buffer.concat([Buffer.from('{"email":"'), Buffer.alloc(unpacked, 0x61), Buffer.from('"}')]);
      const body =
        encoding === 'gzip' ? gzipSync(raw) : encoding === 'deflate' ? deflateSync(raw) : brotliCompressSync(raw);
      return { contentType: 'application/json', encoding, body };
    }),
  fc
    .record({
      bytes: fc.uint8Array({ maxLength: 4 * KB }),
      encoding: fc.constantFrom('gzip', 'deflate', 'br', 'zstd', 'compress', 'gzip, gzip'),
    })
    .map(({ bytes, encoding }) => ({
      contentType: 'application/json',
      encoding,
      body: Buffer.from(bytes),
    })),
);

/**
 * Hostile bodies without a token against the built server under the production heap limit, for a fixed time:
 * every answer is below 500 and the process that answers is the one started (0 crashes, 0 5xx).
 */
describe('fuzzing: hostile bodies without a token', () => {
  let db: TestDatabase;
  let server: KompassProcess;
  let port: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    port = await freePort();
    server = await startApiProcess({
      PORT: String(port),
      DATABASE_URL: db.databaseUrl,
      DATA_DIR: db.dataDir,
      ADMIN_PASSWORD: 'Fuzz-lösenord-2026',
      LOG_LEVEL: 'fatal',
    });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  /** On a connection of its own. `closed`: the server answered early and dropped the rest of the upload. */
  const send = (method: string, path: string, hostile?: Hostile) =>
    new Promise<{ status: number; closed: boolean }>((resolve) => {
      const headers: Record<string, string> = {};
      if (hostile?.contentType !== undefined) headers['Content-Type'] = hostile.contentType;
      if (hostile?.encoding !== undefined) headers['Content-Encoding'] = hostile.encoding;
      if (hostile) headers['Content-Length'] = String(hostile.body.length);
      let status = 0;
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
        status = res.statusCode ?? 0;
        res.resume();
        res.on('end', () => resolve({ status, closed: false }));
        res.on('error', () => resolve({ status, closed: true }));
      });
      req.on('error', () => resolve({ status, closed: true }));
      req.end(hostile?.body);
    });

  it(
    `answers every hostile body below 500 and stays up (${SECONDS} s)`,
    async () => {
      const seen: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROUTES), hostileBody, async ([method, path], hostile) => {
          const res = await send(method, path, hostile);
          seen[res.closed ? `closed ${res.status}` : String(res.status)] =
            (seen[res.closed ? `closed ${res.status}` : String(res.status)] ?? 0) + 1;
          expect(server.child.exitCode).toBeNull();
          if (res.closed) {
            // An early answer to an upload nobody may send is fine, as long as it was no 5xx and the server lives.
            expect((await send('GET', '/api/health')).status).toBe(200);
            if (res.status !== 0) expect(res.status).toBeLessThan(500);
          } else {
            expect(res.status).toBeGreaterThanOrEqual(200);
            expect(res.status).toBeLessThan(500);
          }
        }),
        {
          numRuns: 1_000_000,
          interruptAfterTimeLimit: SECONDS * 1000,
          markInterruptAsFailure: false,
          endOnFailure: true,
        },
      );
      const started = performance.now();
      expect((await send('GET', '/api/health')).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(server.child.exitCode).toBeNull();
      process.stdout.write(`hostile-body fuzzing, ${SECONDS} s: ${JSON.stringify(seen)}\n`);
    },
    SECONDS * 1000 + 120_000,
  );
});
