/**
 * 50 concurrent clients of mixed reads and writes against the built server, for LOAD_SECONDS (60 by default),
 * on SQLite or, with DATABASE_URL=postgres://…, PostgreSQL. Passes when no request got a 5xx and nothing was
 * lost: every accepted progress report is stored, and every action ends at the version its last write saw.
 * Usage: npm run load   (LOAD_SECONDS=10 LOAD_CLIENTS=20 npm run load for a short run)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { productionNodeFlags } from '../support/node-flags';

const ROOT = join(__dirname, '../..');
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const ACTIONS = 40;
const ADMIN = { email: 'load@kompass.test', password: 'Load-lösenord-2026' };
const REPORT = readFileSync(join(ROOT, 'test/fixtures/kommunkompassen-ronneby-2017.md'), 'utf8');

async function api(base: string, token: string | null, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function expectOk<T>(promise: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await promise;
  if (status >= 300) throw new Error(`${what} failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

async function startServer(databaseUrl: string, dataDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...productionNodeFlags(), join(ROOT, 'backend/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      LOGIN_THROTTLE_LIMIT: '100000',
      WORKER: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 240; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error('The server did not start');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-load-'));
  let databaseUrl = `sqlite:${join(dataDir, 'kompass.sqlite')}`;
  let dropDatabase = async () => undefined;
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    const name = `kompass_load_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(databaseUrl, dataDir, port);
  try {
    const adminToken = (await expectOk(api(base, null, 'POST', '/api/auth/login', ADMIN), 'admin login'))
      .accessToken as string;
    const municipality = await expectOk(
      api(base, adminToken, 'POST', '/api/municipalities', { name: 'Lastkommun', code: '9999' }),
      'municipality',
    );
    await expectOk(
      api(base, adminToken, 'POST', '/api/users', {
        email: 'samordnare@last.se',
        name: 'Samordnare',
        role: 'coordinator',
        municipalityId: municipality.id,
        password: 'Lastprov-lösen-42',
      }),
      'coordinator',
    );
    const token = (
      await expectOk(
        api(base, null, 'POST', '/api/auth/login', { email: 'samordnare@last.se', password: 'Lastprov-lösen-42' }),
        'login',
      )
    ).accessToken as string;
    const imported = await expectOk(api(base, token, 'POST', '/api/evaluations/import', { content: REPORT }), 'import');
    const plan = await expectOk(
      api(base, token, 'POST', '/api/action-plans', {
        baselineEvaluationId: imported.evaluation.id,
        title: 'Lastplan',
        plannedReEvaluationDate: '2030-01-01',
      }),
      'plan',
    );
    const actionIds: number[] = [];
    for (let i = 0; i < ACTIONS; i += 1)
      actionIds.push(
        (
          await expectOk(
            api(base, token, 'POST', '/api/actions', { planId: plan.id, title: `Åtgärd ${i}`, deadline: '2029-06-30' }),
            'action',
          )
        ).id,
      );

    const tally = { requests: 0, errors5xx: 0, conflicts: 0, reports: 0, edits: 0, other4xx: 0 };
    const lastVersion = new Map<number, number>();
    const deadline = Date.now() + SECONDS * 1000;
    let seq = 0;
    async function client(n: number): Promise<void> {
      while (Date.now() < deadline) {
        seq += 1;
        const kind = (seq + n) % 10;
        const id = actionIds[(seq * 7 + n) % actionIds.length];
        let result: {
          status: number;
          body: { action?: { id: number; version: number }; version?: number; id?: number };
        };
        if (kind < 5)
          result = await api(
            base,
            token,
            'GET',
            `/api/actions?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id, status: ['not_started', 'in_progress'] }))}&sort=["deadline","ASC"]&range=[0,24]`,
          );
        else if (kind < 7) result = await api(base, token, 'GET', `/api/actions/${id}`);
        else if (kind < 9) {
          result = await api(base, token, 'POST', `/api/actions/${id}/updates`, {
            progress: seq % 100,
            comment: `Lägesrapport ${seq}`,
          });
          if (result.status === 201) {
            tally.reports += 1;
            lastVersion.set(id, Math.max(lastVersion.get(id) ?? 0, result.body.action!.version));
          }
        } else {
          const current = await api(base, token, 'GET', `/api/actions/${id}`);
          result = await api(base, token, 'PUT', `/api/actions/${id}`, {
            version: current.body.version,
            description: `Redigerad ${seq}`,
          });
          if (result.status === 200) {
            tally.edits += 1;
            lastVersion.set(id, Math.max(lastVersion.get(id) ?? 0, result.body.version!));
          }
        }
        tally.requests += 1;
        if (result.status >= 500) tally.errors5xx += 1;
        else if (result.status === 409) tally.conflicts += 1;
        else if (result.status >= 400) tally.other4xx += 1;
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

    const totalStored = Number(
      (await fetch(`${base}/api/action-updates?range=[0,0]`, { headers: { Authorization: `Bearer ${token}` } })).headers
        .get('content-range')!
        .split('/')[1],
    );
    const mismatched: string[] = [];
    for (const [id, version] of lastVersion) {
      const action = await expectOk(api(base, token, 'GET', `/api/actions/${id}`), 'read back');
      if (action.version !== version)
        mismatched.push(`action ${id}: stored version ${action.version}, last accepted write saw ${version}`);
    }
    const lost = tally.reports - totalStored;
    const dialect = databaseUrl.startsWith('sqlite') ? 'SQLite' : 'PostgreSQL';
    console.log(
      `${dialect}, ${CLIENTS} clients, ${SECONDS} s: ${tally.requests} requests (${Math.round(tally.requests / SECONDS)}/s), ` +
        `${tally.errors5xx} 5xx, ${tally.conflicts} 409 (expected under contention), ${tally.other4xx} other 4xx, ` +
        `${tally.reports} reports accepted / ${totalStored} stored, ${tally.edits} edits, ${mismatched.length} version mismatches`,
    );
    if (tally.errors5xx || lost !== 0 || mismatched.length || tally.other4xx) {
      for (const m of mismatched.slice(0, 10)) console.log(m);
      process.exitCode = 1;
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
