import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/redis-server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'backend/dist/main.js');

/** The built server as `npm start` runs it: a real process, real port, real database. */
describe('the built server', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('backend/dist/main.js is missing: npm test builds it first (npm run build)');
  });

  it('stops with one line naming PORT when PORT=abc', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Configuration error: PORT must be an integer from 1 to 65535 (got "abc")',
    ]);
  });

  describe('started with defaults', () => {
    let db: TestDatabase;
    let server: ChildProcess;
    let base: string;
    let output = '';
    beforeAll(async () => {
      db = await createTestDatabase();
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const env: Record<string, string | undefined> = {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: db.databaseUrl,
        DATA_DIR: db.dataDir,
        ADMIN_EMAIL: 'chef@kommun.se',
        ADMIN_PASSWORD: 'Start-lösenord-1',
        LOG_LEVEL: 'info',
      };
      delete env.REDIS_URL;
      server = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      server.stdout!.on('data', (c) => (output += c));
      server.stderr!.on('data', (c) => (output += c));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const ok = await fetch(`${base}/api/health`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return;
        if (server.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`The server did not become healthy within 60 s:\n${output}`);
    }, 70_000);
    afterAll(async () => {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await exited;
      }
      await db.drop();
    });

    it('answers health with the inline queue, logs the admin in, and serves the KK2016 catalogue', async () => {
      const health = await (await fetch(`${base}/api/health`)).json();
      expect(health).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, queue: { status: 'up', driver: 'inline' } },
      });
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'chef@kommun.se', password: 'Start-lösenord-1' }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const auth = { Authorization: `Bearer ${accessToken}` };
      const filter = encodeURIComponent(JSON.stringify({ code: 'KK2016' }));
      const frameworks = (await (await fetch(`${base}/api/frameworks?filter=${filter}`, { headers: auth })).json()) as {
        id: number;
      }[];
      const kk = (await (await fetch(`${base}/api/frameworks/${frameworks[0].id}`, { headers: auth })).json()) as {
        areas: { questions: { maxPoints: number }[] }[];
      };
      const questions = kk.areas.flatMap((a: { questions: { maxPoints: number }[] }) => a.questions);
      expect([
        kk.areas.length,
        questions.length,
        questions.reduce((s: number, q: { maxPoints: number }) => s + q.maxPoints, 0),
      ]).toEqual([8, 45, 800]);
    });

    it('serves the admin UI at / and keeps /api JSON', async () => {
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root">');
      const spa = await fetch(`${base}/some/client/route`, { headers: { Accept: 'text/html' } });
      expect(spa.status).toBe(200);
      const api = await fetch(`${base}/api/nothing-here`);
      expect(api.status).toBe(404);
      expect(((await api.json()) as { statusCode: number }).statusCode).toBe(404);
    });

    it('logs JSON lines without secrets', () => {
      expect(output).not.toContain('Start-lösenord-1');
      expect(output).not.toMatch(/Bearer ey/);
    });

    it("logs a request under the caller's X-Request-Id, and under a new UUID when it is not a plain id", async () => {
      await fetch(`${base}/api/frameworks`, { headers: { 'x-request-id': 'boot-probe-1' } });
      await fetch(`${base}/api/frameworks?second`, { headers: { 'x-request-id': 'not a plain id!' } });
      const logged = async (url: string) => {
        for (let i = 0; i < 40; i++) {
          const line = output.split('\n').find((l) => l.includes(`"url":"${url}"`));
          if (line) return (JSON.parse(line) as { req: { id: string } }).req.id;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`No request log line for ${url}:\n${output}`);
      };
      expect(await logged('/api/frameworks')).toBe('boot-probe-1');
      expect(await logged('/api/frameworks?second')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    });

    it('registers its middleware without route warnings (path syntax of Nest 11)', () => {
      expect(output).not.toContain('LegacyRouteConverter');
    });
  });
});
