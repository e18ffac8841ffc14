import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMunicipality } from '../factories';
import { importReferenceReport } from '../factories/evaluations';
import { createTenant } from '../factories';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { TEST_DIALECT } from '../support/test-database';

const CLI = join(__dirname, '../../backend/dist/cli.js');

describe(`backup and restore (${TEST_DIALECT})`, () => {
  let t: TestApp;
  const folder = join(mkdtempSync(join(tmpdir(), 'kompass-backup-')), 'backup');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: t.database.databaseUrl, DATA_DIR: t.database.dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('backend/dist/cli.js is missing: run npm run build first');
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up a running system, and a restore brings back what was deleted since, uploaded files included', async () => {
    const kept = await createMunicipality(t, { name: 'Kvar efter återställning' });
    const tenant = await createTenant(t);
    const { evaluation } = await importReferenceReport(t, tenant.coordinator.token);

    const made = cli('backup', folder);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`Backup written to ${folder}`);
    expect(existsSync(join(folder, TEST_DIALECT === 'sqlite' ? 'database.sqlite' : 'database.dump'))).toBe(true);

    await t.http().delete(`/api/municipalities/${kept.id}`).set(bearer(t.adminToken)).expect(200);
    await t.http().delete(`/api/evaluations/${evaluation.id}`).set(bearer(tenant.coordinator.token)).expect(200);
    rmSync(join(t.database.dataDir, 'files'), { recursive: true, force: true });
    await t.app.close();

    const restored = cli('restore', folder);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);

    t = await startTestApp({}, t.database);
    const back = await t.http().get(`/api/municipalities/${kept.id}`).set(bearer(t.adminToken)).expect(200);
    expect(back.body.name).toBe('Kvar efter återställning');
    const evaluationBack = await t
      .http()
      .get(`/api/evaluations/${evaluation.id}`)
      .set(bearer(t.adminToken))
      .expect(200);
    expect(evaluationBack.body.totalAchieved).toBe(427);
    await t.http().get(`/api/evaluations/${evaluation.id}/source`).set(bearer(t.adminToken)).expect(200);
  });

  it('refuses to restore from a folder that is not a backup', () => {
    const result = cli('restore', tmpdir());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is missing: not a .* backup of Kompass/);
  });
});
