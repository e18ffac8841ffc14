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

  it('keeps the public surface to health, login and the calendar feed', () => {
    const open = routeTable(t).filter((r) => r.access?.public).map((r) => r.route).sort();
    expect(open).toEqual(['GET /api/calendar/:file', 'GET /api/health', 'POST /api/auth/login']);
  });
});
