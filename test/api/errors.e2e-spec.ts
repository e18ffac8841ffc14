import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('error responses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A JSON body sent as it is written, as the admin creating a municipality. */
  const postRawJson = (text: string) =>
    t.http().post('/api/municipalities').set(bearer(t.adminToken)).set('Content-Type', 'application/json').send(text);

  it('answers malformed JSON with a 400 that says so', async () => {
    const res = await postRawJson('{"name": ').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toMatch(/JSON/);
  });

  it('answers an oversized body with 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(31 * 1024 * 1024), code: '1234' });
    const res = await postRawJson(huge).expect(413);
    expect(res.body.message).toMatch(/larger than the limit/);
  });

  it('answers a bad id with 400 naming it, and an unknown route with a JSON 404', async () => {
    const bad = await t.http().get('/api/users/abc').set(bearer(t.adminToken)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'id', message: 'must be a positive integer', code: 'invalid_id' }]);
    const missing = await t.http().get('/api/no-such-thing').set(bearer(t.adminToken)).expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('never shows a stack trace', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send({ email: ['a'], name: { x: 1 }, role: 7 })
      .expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/frameworks/{id}']),
    );
  });
});
