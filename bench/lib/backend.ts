/**
 * The built backend as the bench runs it: `npm start`'s node flags, production mode, a database, Redis and the
 * SMTP sink, with the login and public-page limits raised so that a load from one address measures the app, not
 * its throttles. Shared by the full run and the growth curve (--scale).
 */
import { join } from 'node:path';
import { productionNodeFlags } from '../../test/support/node-flags';
import { freePort } from '../../test/support/redis-server';
import { Child, startChild } from './processes';

export interface BackendSetup {
  databaseUrl: string;
  dataDir: string;
  redisUrl: string;
  smtpUrl: string;
}

/** Starts backends on one port and database; `stopAll` ends every one still running. */
export async function backendStarter(setup: BackendSetup) {
  const port = await freePort();
  const children: Child[] = [];
  const env = {
    DATABASE_URL: setup.databaseUrl,
    DATA_DIR: join(setup.dataDir, 'run'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    REDIS_URL: setup.redisUrl,
    SMTP_URL: setup.smtpUrl,
    // A load test of login from one address would otherwise measure the throttle, the lockout and the 503s of the
    // bounded hashing queue.
    LOGIN_THROTTLE_LIMIT: '100000',
    LOGIN_LOCKOUT_THRESHOLD: '1000',
    LOGIN_HASH_QUEUE: '10000',
    PUBLIC_RATE_LIMIT: '10000000',
  };
  return {
    async start(worker: 'on' | 'off'): Promise<Child> {
      // For experiments: BENCH_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the backend under
      // the bench's load; BENCH_BACKEND_MAIN runs another build of it (A/B of a patch without touching the tree).
      const flags = [...productionNodeFlags(), ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [])];
      const child = await startChild(
        [...flags, process.env.BENCH_BACKEND_MAIN ?? 'backend/dist/main.js'],
        { ...env, WORKER: worker },
        /Kompass is running/,
        `http://127.0.0.1:${port}`,
        join(setup.dataDir, 'run/backend.log'),
      );
      children.push(child);
      return child;
    },
    async stopAll(): Promise<void> {
      for (const child of children) await child.stop();
    },
  };
}
