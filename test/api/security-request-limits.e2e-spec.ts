import { gzipSync } from 'node:zlib';
import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { lyingWorkbook } from '../support/zip-bombs';

/** `[{},{},…]` of about `bytes` bytes: the probe's anonymous body. */
const objectArray = (bytes: number) => `[${'{},'.repeat(Math.floor(bytes / 3))}{}]`;
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('security: request bodies, query values and ids are bounded before they are parsed', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let actionId: number;
  beforeAll(async () => {
    t = await startTestApp();
    tenant = await createTenant(t);
    const evaluation = (await importReferenceReport(t, tenant.coordinator.token)).evaluation;
    const plan = await createPlan(t, tenant.coordinator.token, evaluation.id);
    actionId = (await createAction(t, tenant.coordinator.token, plan.id)).id;
  }, 60_000);
  afterAll(() => t.close());

  const json = (method: 'post' | 'put', path: string, body: string | Buffer, token?: string) => {
    const req = t.http()[method](path).set('Content-Type', 'application/json');
    return (token ? req.set(bearer(token)) : req).send(body);
  };

  it('parses at most a few kB from a caller without a valid token', async () => {
    for (const size of [16 * 1024, 6 * 1024 * 1024]) {
      const res = await json('post', '/api/auth/login', objectArray(size));
      expect(res.status).toBe(413);
      expect(res.body.message).toMatch(/larger than the limit of 4096 bytes/);
    }
    // A token that is not ours counts as none.
    const forged = await json(
      'post',
      '/api/auth/login',
      objectArray(16 * 1024),
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl',
    );
    expect(forged.status).toBe(413);
    // Compressed bodies are measured unpacked: 8 MB of spaces gzip to ~8 kB.
    const bomb = gzipSync(
      Buffer.concat([
        Buffer.from('{"email":"a@b.se","password":"'),
        Buffer.alloc(8 * 1024 * 1024, 0x20),
        Buffer.from('"}'),
      ]),
    );
    const gzipped = (body: Buffer) =>
      t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize((raw: unknown) => raw as string)
        .send(body);
    expect((await gzipped(bomb)).status).toBe(413);
    // A body that is not gzip at all is the sender's fault.
    const corrupt = await gzipped(Buffer.from('this is not gzip'));
    expect({ status: corrupt.status, message: corrupt.body.message }).toEqual({
      status: 400,
      message: 'Malformed request body',
    });
    // A login still fits.
    await json(
      'post',
      '/api/auth/login',
      JSON.stringify({ email: tenant.coordinator.user.email, password: tenant.coordinator.password }),
    ).expect(200);
  });

  it('limits signed-in JSON bodies to 1 MB, except the import', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(1100 * 1024) });
    const res = await json('put', `/api/actions/${actionId}`, big, tenant.coordinator.token);
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/larger than the limit of 1048576 bytes/);
    // The import takes a workbook as base64 in JSON: a 1.5 MB body reaches the import rules, which judge its content.
    const content = Buffer.alloc(1536 * 1024, 0x41).toString('base64');
    const imported = await json(
      'post',
      '/api/evaluations/import',
      JSON.stringify({ content, contentEncoding: 'base64', dryRun: true }),
      tenant.coordinator.token,
    );
    expect(imported.status).toBeGreaterThanOrEqual(400);
    expect(imported.status).toBeLessThan(500);
    expect(imported.body.message).not.toMatch(/larger than the limit/);
  });

  it('refuses deep nesting and huge element counts with a 4xx, before validation', async () => {
    const deep = await json('post', '/api/municipalities', nested(100_000), t.adminToken);
    expect(deep.status).toBe(400);
    expect(deep.body.message).toMatch(/nested more than 32 levels/);
    const deepInField = await json('post', '/api/municipalities', `{"name":${nested(40)},"code":"1234"}`, t.adminToken);
    expect(deepInField.status).toBe(400);
    const many = await json('post', '/api/municipalities', objectArray(300 * 1024), t.adminToken);
    expect(many.status).toBe(413);
    expect(many.body.message).toMatch(/more than 20000 values/);
    // Brackets and commas inside strings are text, not structure.
    const inString = await json(
      'post',
      '/api/municipalities',
      JSON.stringify({ name: `Kommun ${'[{,'.repeat(30_000)} \\" ]`, code: '12' }),
      t.adminToken,
    );
    expect(inString.status).toBe(400);
    expect(inString.body.details?.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['name']));
  });

  it('answers 400 for numeric query values beyond safe integers, never a database error', async () => {
    const token = tenant.coordinator.token;
    for (const query of [
      'range=[1e308,1e308]',
      'range=[9007199254740993,9007199254740993]',
      'range=[0,1e308]',
      'filter={"planId":1e308}',
      'filter={"id":[1,1e308]}',
      'filter={"findingId":"99999999999999999999"}',
      'filter={"dueWithin":1e308}',
    ]) {
      const res = await t.http().get(`/api/actions?${query}`).set(bearer(token));
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('accepts only canonical positive integers as ids', async () => {
    const token = tenant.coordinator.token;
    await t.http().get(`/api/actions/${actionId}`).set(bearer(token)).expect(200);
    for (const id of [
      `0x${actionId.toString(16)}`,
      `${actionId}.0`,
      `0000${actionId}`,
      `${actionId}e0`,
      `+${actionId}`,
      ` ${actionId}`,
      '0',
      '-1',
      '9007199254740993',
    ]) {
      const res = await t
        .http()
        .get(`/api/actions/${encodeURIComponent(id)}`)
        .set(bearer(token));
      expect({ id, status: res.status }).toEqual({ id, status: 400 });
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: 'id', message: 'must be a positive integer' }),
      ]);
    }
  });

  it('refuses a workbook whose zip headers understate what it unpacks to (413), counting real bytes', async () => {
    const bomb = lyingWorkbook(40 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const res = await t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(tenant.coordinator.token))
      .field('dryRun', 'true')
      .attach('file', bomb, {
        filename: 'bomb.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/unpacks to more than 8 MB/);
  });
});
