import { routeTable } from '../support/routes';
import { startTestApp, TestApp } from '../support/test-app';

describe('route classification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('classifies every route as public or for named roles', () => {
    const routes = routeTable(t);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !r.access).map((r) => r.route)).toEqual([]);
  });

  it("keeps the public surface to health, login (password and single sign-on), the calendar feed and the residents' page", () => {
    const open = routeTable(t)
      .filter((r) => r.access?.public)
      .map((r) => r.route)
      .sort();
    expect(open).toEqual([
      'GET /api/auth/oidc/:municipalityCode/login',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/sso-options',
      'GET /api/calendar/:file',
      'GET /api/health',
      'GET /oppet/:code',
      'GET /oppet/:code/data.csv',
      'GET /oppet/:code/data.json',
      'POST /api/auth/login',
      'POST /api/auth/oidc/session',
    ]);
  });
});
