import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../support/redis-server';
import { productionNodeFlags } from '../../support/node-flags';

const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'backend/dist/main.js');
const ADMIN_INDEX = join(ROOT, 'admin/dist/index.html');

export const ADMIN_EMAIL = 'admin@browser.kompass.se';
export const ADMIN_PASSWORD = 'Admin-lösenord-2026';

export interface KompassServer {
  baseUrl: string;
  /** Everything the server printed, for failure messages */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The built server as `npm start` runs it (backend/dist serving admin/dist), on a free port with a
 * throwaway SQLite database and data directory. Builds nothing: `npm test` runs `npm run build` first.
 * `env` adds to or overrides the environment, e.g. an SMTP_URL nobody answers, for failed mails.
 */
export async function startKompass(options: { env?: Record<string, string> } = {}): Promise<KompassServer> {
  for (const [file, what] of [
    [MAIN, 'backend/dist/main.js'],
    [ADMIN_INDEX, 'admin/dist/index.html'],
  ])
    if (!existsSync(file)) throw new Error(`${what} is missing: build first (npm run build; npm test does it for you)`);

  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(dataDir, 'kompass.sqlite')}`,
    DATA_DIR: dataDir,
    APP_URL: baseUrl,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '1000',
  };
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  Object.assign(env, options.env);
  let output = '';
  const server: ChildProcess = spawn(process.execPath, [...productionNodeFlags(), MAIN], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return { baseUrl, output: () => output, stop };
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server did not become healthy within 60 s:\n${output}`);
}
