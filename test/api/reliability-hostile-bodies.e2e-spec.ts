import { request } from 'node:http';
import { deflateSync, gzipSync } from 'node:zlib';
import { startApiOnTestDatabase, type ApiOnTestDatabase, type KompassProcess } from '../support/processes';
import { lyingWorkbook } from '../support/zip-bombs';

const ADMIN = { email: 'admin@hostile.kompass.test', password: 'Ett-långt-lösenord-2026' };
const MB = 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const objectArray = (bytes: number) => `[${'{},'.repeat(Math.floor(bytes / 3))}{}]`;
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A one-page PDF whose content stream is `inflated` bytes of deflated spaces, with an honest /Length. */
function flateBombPdf(inflated: number): Buffer {
  const stream = deflateSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: string | Buffer) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(b);
    length += b.length;
  };
  const object = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${n} 0 obj\n`);
      body.forEach(push);
      push('\nendobj\n');
    }
  };
  push('%PDF-1.4\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>');
  object(4, [
    Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    stream,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  const xref = length;
  push(
    `xref\n0 5\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('')}`,
  );
  push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/**
 * The probe's two crashes, and every other hostile body, against the built server with the production heap limit
 * (`config.nodeFlags`): each must get an answer below 500, and afterwards the same process answers /api/health
 * within 1 s.
 */
describe('reliability: no single request takes the API process down', () => {
  let api: ApiOnTestDatabase;
  let server: KompassProcess;
  let base: string;
  let token: string;
  let municipalityId: number;

  beforeAll(async () => {
    api = await startApiOnTestDatabase({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'warn' });
    ({ server, base } = api);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
    const created = await fetch(`${base}/api/municipalities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Bombkommun', code: '7777' }),
    });
    municipalityId = ((await created.json()) as { id: number }).id;
  }, 90_000);
  afterAll(() => api?.stop());

  interface Hostile {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer;
  }
  const json = (
    path: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
    signedIn = false,
  ): Hostile => ({
    path,
    headers: {
      'Content-Type': 'application/json',
      ...headers,
      ...(signedIn ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: Buffer.from(body),
  });
  const upload = (file: Buffer, name: string, type: string): Hostile => {
    const boundary = `----kompass${Date.now()}`;
    const field = (key: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`;
    const body = Buffer.concat([
      Buffer.from(field('dryRun', 'true') + field('municipalityId', String(municipalityId))),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return {
      path: '/api/evaluations/import',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Authorization: `Bearer ${token}` },
      body,
    };
  };

  /** On a connection of its own: a pooled keep-alive connection may be closed by the server while a body is built. */
  const send = ({ method = 'POST', path, headers = {}, body }: Hostile) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${base}${path}`,
        { method, headers: body ? { ...headers, 'Content-Length': String(body.length) } : headers, agent: false },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const hostile: [string, () => Hostile][] = [
    ['anonymous [{},…] of 3 MB', () => json('/api/auth/login', objectArray(3 * MB))],
    ['anonymous [{},…] of 6 MB', () => json('/api/auth/login', objectArray(6 * MB))],
    ['anonymous [{},…] of 10 MB', () => json('/api/auth/login', objectArray(10 * MB))],
    ['anonymous [{},…] of 29 MB', () => json('/api/auth/login', objectArray(29 * MB))],
    ['anonymous 100k nested arrays', () => json('/api/auth/login', nested(100_000))],
    [
      'anonymous gzip of 200 MB',
      () => json('/api/auth/login', gzipSync(Buffer.alloc(200 * MB, 0x20)), { 'Content-Encoding': 'gzip' }),
    ],
    ['signed-in 100k nested arrays', () => json('/api/municipalities', nested(100_000), {}, true)],
    ['signed-in [{},…] of 27 MB to the import', () => json('/api/evaluations/import', objectArray(27 * MB), {}, true)],
    [
      'signed-in gzip of 200 MB to the import',
      () =>
        json('/api/evaluations/import', gzipSync(Buffer.alloc(200 * MB, 0x20)), { 'Content-Encoding': 'gzip' }, true),
    ],
    [
      'range=[1e308,1e308]',
      () => ({
        method: 'GET',
        path: '/api/actions?range=[1e308,1e308]',
        headers: { Authorization: `Bearer ${token}` },
      }),
    ],
    ['XLSX whose headers claim 1,000 bytes for 300 MB', () => upload(lyingWorkbook(300 * MB), 'bomb.xlsx', XLSX)],
    ['XLSX that declares its 300 MB', () => upload(lyingWorkbook(300 * MB, undefined), 'bomb.xlsx', XLSX)],
    [
      'PDF whose content stream inflates to 300 MB',
      () => upload(flateBombPdf(300 * MB), 'bomb.pdf', 'application/pdf'),
    ],
  ];

  it.each(hostile)(
    '%s: answers below 500, then /api/health within 1 s from the same process',
    async (_name, build) => {
      const res = await send(build());
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      // The fastest of three answers: a suite running beside this one on two cores can stall any single one.
      let elapsed = Infinity;
      for (let i = 0; i < 3 && elapsed >= 1_000; i++) {
        const started = performance.now();
        const health = await send({ method: 'GET', path: '/api/health' });
        expect(health.status).toBe(200);
        elapsed = performance.now() - started;
      }
      expect(elapsed).toBeLessThan(1_000);
      expect(server.child.exitCode).toBeNull();
      expect(server.child.signalCode).toBeNull();
      expect(() => process.kill(server.pid, 0)).not.toThrow();
    },
    120_000,
  );
});
