import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { productionNodeFlags } from './node-flags';
import { freePort } from './redis-server';
import { createTestDatabase, type TestDatabase } from './test-database';

const DIST = join(__dirname, '../../backend/dist');
export const MAIN_JS = join(DIST, 'main.js');
export const WORKER_JS = join(DIST, 'worker.js');

/** A built Kompass process (API or worker) started by a test, stopped by its pid. */
export interface KompassProcess {
  child: ChildProcess;
  pid: number;
  /** Everything it printed so far, stdout and stderr */
  output(): string;
  /** Resolves with the exit code (or signal) once the process is gone */
  exited: Promise<number | string | null>;
  /** Sends the signal (SIGTERM by default) and waits for the exit */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function launch(script: string, env: Record<string, string>): KompassProcess {
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` before the API suite`);
  const child = spawn(process.execPath, [...productionNodeFlags(), script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return {
    child,
    pid: child.pid!,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

async function until(
  proc: KompassProcess,
  ready: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
): Promise<KompassProcess> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return proc;
    if (proc.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited =
    proc.child.exitCode !== null
      ? `exited with code ${proc.child.exitCode}`
      : `did not start within ${timeoutMs / 1000} s`;
  await proc.stop('SIGKILL');
  throw new Error(`${what} ${exited}:\n${proc.output()}`);
}

/** `node backend/dist/worker.js`, resolved once it says it is running. */
export function startWorkerProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<KompassProcess> {
  const proc = launch(WORKER_JS, env);
  return until(proc, async () => proc.output().includes('Kompass worker is running'), `worker ${proc.pid}`, timeoutMs);
}

/** `node backend/dist/main.js` on the given PORT, resolved once /api/health answers 200. */
export function startApiProcess(
  env: Record<string, string> & { PORT: string },
  timeoutMs = 60_000,
): Promise<KompassProcess> {
  const proc = launch(MAIN_JS, env);
  const health = `http://127.0.0.1:${env.PORT}/api/health`;
  return until(
    proc,
    () =>
      fetch(health).then(
        (r) => r.status === 200,
        () => false,
      ),
    `API ${proc.pid} on port ${env.PORT}`,
    timeoutMs,
  );
}

/** The built API on a fresh test database and a free port; `stop` ends the process, then drops the database. */
export interface ApiOnTestDatabase {
  server: KompassProcess;
  db: TestDatabase;
  port: number;
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

export async function startApiOnTestDatabase(env: Record<string, string>): Promise<ApiOnTestDatabase> {
  const db = await createTestDatabase();
  try {
    const port = await freePort();
    const server = await startApiProcess({
      PORT: String(port),
      DATABASE_URL: db.databaseUrl,
      DATA_DIR: db.dataDir,
      ...env,
    });
    const stop = async () => {
      await server.stop();
      await db.drop();
    };
    return { server, db, port, base: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
