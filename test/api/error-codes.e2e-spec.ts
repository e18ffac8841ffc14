import { API_ERROR_CODES, type ApiError } from '@kompass/shared';
import { REFERENCE_REPORT, scoresCsv } from '../factories/evaluations';
import { startWithTenant, type TestTenant } from '../support/reference-tenant';
import { bearer, TestApp } from '../support/test-app';

/** Every error body carries a stable `code` (and the English message for API clients); the UI translates the code. */
describe('error codes', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => ({ t, tenant } = await startWithTenant()));
  afterAll(() => t.close());

  const expectCoded = (body: ApiError, code: string) => {
    expect(body.code).toBe(code);
    expect(API_ERROR_CODES).toContain(body.code);
    expect(body.message).toMatch(/[A-Za-z]/);
    for (const detail of body.details ?? []) expect(API_ERROR_CODES).toContain(detail.code);
  };
  const importing = (body: Record<string, unknown>) =>
    t.http().post('/api/evaluations/import').set(bearer(tenant.coordinator.token)).send(body);

  it('codes request-shape errors: malformed JSON, unknown route, bad id, no token, wrong password', async () => {
    const malformed = await t
      .http()
      .post('/api/municipalities')
      .set(bearer(t.adminToken))
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expectCoded(malformed.body, 'malformed_body');
    expectCoded(
      (await t.http().get('/api/no-such-thing').set(bearer(t.adminToken)).expect(404)).body,
      'no_such_endpoint',
    );
    const badId = await t.http().get('/api/users/abc').set(bearer(t.adminToken)).expect(400);
    expectCoded(badId.body, 'invalid_id');
    expect(badId.body.params).toEqual({ field: 'id' });
    expectCoded((await t.http().get('/api/users').expect(401)).body, 'login_required');
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: tenant.coordinator.user.email, password: 'not-the-password-at-all' })
      .expect(401);
    expectCoded(login.body, 'wrong_credentials');
    expectCoded((await t.http().get('/api/users/999999').set(bearer(t.adminToken)).expect(404)).body, 'not_found');
  });

  it('codes each failed validation constraint with its field and limit', async () => {
    const res = await t
      .http()
      .post('/api/municipalities')
      .set(bearer(t.adminToken))
      .send({ name: 'x'.repeat(500), code: 12 })
      .expect(400);
    expectCoded(res.body, 'validation_failed');
    const byField = Object.fromEntries((res.body as ApiError).details!.map((d) => [`${d.field}:${d.code}`, d]));
    expect(byField['name:too_long']?.params).toEqual({ limit: 200 });
    expect(byField['code:not_string']).toBeDefined();
  });

  it('codes every kind of failed import, keeping the English message', async () => {
    const empty = await importing({ content: '' }).expect(400);
    expectCoded(empty.body, 'import_empty');
    const unrelated = await importing({
      content: 'Protokoll från kommunstyrelsens sammanträde.\nParagraf 1. Val av justerare.\nParagraf 2. Budget.',
    });
    expectCoded(unrelated.body, 'import_not_kommunkompassen');
    expect(unrelated.body.message).toMatch(/No Kommunkompassen scores or findings were found/);
    expect(unrelated.body.details[0].code).toBe('import_not_kommunkompassen');

    const over = REFERENCE_REPORT.replace(
      '1.3\tInformerar invånare om resultat?\t7\t25\t28%',
      '1.3\tInformerar invånare om resultat?\t30\t25\t120%',
    );
    const problems = await importing({ content: over }).expect(422);
    expectCoded(problems.body, 'import_problems');
    const overMax = (problems.body as ApiError).details!.find((d) => d.code === 'import_achieved_over_max');
    expect(overMax?.params).toMatchObject({ code: '1.3', found: '30', max: 25, line: expect.any(Number) });

    const csv = `${scoresCsv({ '1.1': 5, '9.9': 3 })}\nx.y;4\n;7`;
    const rows = await importing({ content: csv, evaluatedAt: '2021-05' }).expect(422);
    expectCoded(rows.body, 'import_problems');
    const codes = (rows.body as ApiError).details!.map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining(['import_unknown_code', 'import_bad_code', 'import_points_without_code']),
    );

    const base64 = await importing({ content: '@@not base64@@', contentEncoding: 'base64' });
    expect(base64.status).toBe(400);
    expectCoded(base64.body, 'import_bad_base64');
    expectCoded((await importing({}).expect(400)).body, 'import_no_upload');
  });

  it('codes domain rules, e.g. a finding given an unknown sub-question', async () => {
    const imported = await importing({ content: REFERENCE_REPORT }).expect(201);
    const findings = await t
      .http()
      .get('/api/findings')
      .query({ filter: JSON.stringify({ evaluationId: imported.body.evaluation.id }) })
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    const bad = await t
      .http()
      .put(`/api/findings/${findings.body[0].id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ questionCodes: ['9.9'] })
      .expect(422);
    expectCoded(bad.body, 'unknown_question');
    expect(bad.body.params).toEqual({ codes: '9.9' });
  });
});
