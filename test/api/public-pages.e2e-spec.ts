import { Role, type PublicPageData } from '@kompass/shared';
import { createTenant, createUser } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { setActionPublication, setPlanPublication, setPublicProfile } from '../factories/public-pages';
import { buildReevaluationScenario } from '../factories/reports';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * The residents' page /oppet/<kommunkod> and its open data. The plan is seeded with distinctive names, e-mails and
 * comments, so that a leak of any of them into the HTML, the JSON or the CSV is caught by a plain text search.
 */
const SECRET_OWNER = 'Zebulon Qwartzfeldt';
const SECRET_COMMENT = 'Internt: budgeten räcker inte, tala inte om det';
const SECRET_DESCRIPTION = 'Intern beskrivning med känsliga uppgifter';
const PUBLIC_SUMMARY = 'Vi publicerar nyckeltal för alla verksamheter på webben varje kvartal.';

describe('public progress page', () => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof buildReevaluationScenario>>;
  let code: string;
  let hiddenPlanTitle: string;
  let ownerEmail: string;
  let hiddenTitle: string;
  beforeAll(async () => {
    t = await startTestApp();
    s = await buildReevaluationScenario(t);
    code = s.tenant.municipality.code;
    const token = s.tenant.coordinator.token;
    const owner = await createUser(
      t,
      Role.DepartmentHead,
      { municipalityId: s.tenant.municipality.id, departmentId: s.tenant.department.id },
      { name: SECRET_OWNER },
    );
    ownerEmail = owner.user.email;
    // A closed plan's actions are read-only: reopen the plan for these edits, then link the re-evaluation again.
    const plan = `/api/action-plans/${s.plan.id}`;
    await t.http().put(plan).set(bearer(token)).send({ followUpEvaluationId: null, status: 'active' }).expect(200);
    await t
      .http()
      .put(`/api/actions/${s.actions.portal.id}`)
      .set(bearer(token))
      .send({ ownerId: owner.user.id, description: SECRET_DESCRIPTION, version: s.actions.portal.version })
      .expect(200);
    await t
      .http()
      .post(`/api/actions/${s.actions.portal.id}/updates`)
      .set(bearer(owner.token))
      .send({ progress: 70, comment: SECRET_COMMENT })
      .expect(201);
    // The department shown when the coordinator chooses so (see below)
    await t
      .http()
      .put(`/api/actions/${s.actions.survey.id}`)
      .set(bearer(token))
      .send({ departmentId: s.tenant.department.id, version: s.actions.survey.version })
      .expect(200);
    await t.http().put(plan).set(bearer(token)).send({ followUpEvaluationId: s.followUp.id }).expect(200);
    hiddenTitle = s.actions.managers.title;
    await setActionPublication(t, token, s.actions.managers.id, { published: false });
    await setActionPublication(t, token, s.actions.portal.id, { publicSummary: PUBLIC_SUMMARY });
    // A second plan of the same municipality that stays unpublished.
    hiddenPlanTitle = 'Opublicerad plan 2022–2025';
    await createPlan(t, token, s.baseline.id, { title: hiddenPlanTitle, plannedReEvaluationDate: '2025-09-30' });
  }, 120_000);
  afterAll(() => t.close());

  const page = (path = '', query: Record<string, string> = {}) => t.http().get(`/oppet/${code}${path}`).query(query);

  it('shows nothing before a coordinator publishes: a friendly Swedish 404', async () => {
    const res = await page().expect(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<html lang="sv"');
    expect(res.text).toContain('Sidan finns inte');
    await page('/data.json').expect(404);
    await page('/data.csv').expect(404);
  });

  it('answers 404 with a friendly page for an unknown or malformed kommunkod', async () => {
    const unknown = await t.http().get('/oppet/0000').expect(404);
    expect(unknown.text).toContain('Sidan finns inte');
    expect((await t.http().get('/oppet/inte-en-kod').expect(404)).text).toContain('kommunkod');
    expect((await t.http().get('/oppet/0000?lang=en').expect(404)).text).toContain('Page not found');
  });

  it('lets only coordinators and admins publish, and audits it', async () => {
    await t
      .http()
      .put(`/api/action-plans/${s.plan.id}/publication`)
      .set(bearer(s.tenant.leadership.token))
      .send({ published: true })
      .expect(403);
    await t
      .http()
      .put(`/api/action-plans/${s.plan.id}/publication`)
      .set(bearer(s.tenant.departmentHead.token))
      .send({ published: true })
      .expect(403);
    const other = await createTenant(t);
    await t
      .http()
      .put(`/api/action-plans/${s.plan.id}/publication`)
      .set(bearer(other.coordinator.token))
      .send({ published: true })
      .expect(404);
    await t
      .http()
      .get(`/api/public-profiles/${s.tenant.municipality.id}`)
      .set(bearer(other.coordinator.token))
      .expect(404);
    await t
      .http()
      .put(`/api/public-profiles/999999`)
      .set(bearer(t.adminToken))
      .send({ licence: 'CC0-1.0' })
      .expect(404);
    await t
      .http()
      .put(`/api/public-profiles/${s.tenant.municipality.id}`)
      .set(bearer(s.tenant.coordinator.token))
      .send({ licence: 'MIT' })
      .expect(400);
    await t
      .http()
      .put(`/api/public-profiles/${s.tenant.municipality.id}`)
      .set(bearer(s.tenant.coordinator.token))
      .send({ logoUrl: 'http://osäker.example/logo.png' })
      .expect(400);
    await t
      .http()
      .put(`/api/action-plans/${s.plan.id}/publication`)
      .set(bearer(s.tenant.coordinator.token))
      .send({ published: 'ja' })
      .expect(400);
    const published = await setPlanPublication(t, s.tenant.coordinator.token, s.plan.id, { published: true });
    expect(published).toMatchObject({ planId: s.plan.id, published: true, actionsPublishedByDefault: true });
    const audit = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ entity: 'plan_publication' }) })
      .set(bearer(s.tenant.coordinator.token))
      .expect(200);
    expect(
      audit.body.some(
        (e: { entityId: number; after: Record<string, unknown> | null }) =>
          e.entityId === s.plan.id && e.after?.published === true,
      ),
    ).toBe(true);
  });

  it('shows an anonymous client the published plan and published actions only, in HTML, JSON and CSV', async () => {
    const html = (await page().expect(200)).text;
    expect(html).toContain(s.plan.title);
    expect(html).toContain(s.actions.portal.title);
    expect(html).toContain(PUBLIC_SUMMARY);
    expect(html).toContain(s.tenant.municipality.name);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).toContain('<svg class="radar"');
    expect(html).not.toContain(hiddenTitle);
    expect(html).not.toContain(hiddenPlanTitle);

    const json = (await page('/data.json').expect(200)).body as PublicPageData;
    expect(json.schemaVersion).toBe(1);
    expect(json.licence.id).toBe('CC0-1.0');
    expect(json.municipality).toEqual({ code, name: s.tenant.municipality.name, logoUrl: null });
    expect(json.plans.map((p) => p.title)).toEqual([s.plan.title]);
    const titles = json.plans[0].actions.map((a) => a.title);
    expect(titles).toContain(s.actions.portal.title);
    expect(titles).not.toContain(hiddenTitle);
    expect(json.plans[0].followUp?.label).toBe('Kommunkompassen 2021');
    expect(json.plans[0].baseline.areas).toHaveLength(8);
    expect(json.plans[0].progress.actions).toBe(titles.length);

    const csv = await page('/data.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFkommunkod;kommun;plan_id;plan;plan_status;atgard_id;atgard;status;omraden;delfragor;planerat_klart;sammanfattning;forvaltning;uppdaterad;licens',
    );
    expect(csv.text).toContain(PUBLIC_SUMMARY);
    expect(csv.text).not.toContain(hiddenTitle);
    // The dangerous title is neutralised for spreadsheets.
    expect(csv.text).toContain(`'=HYPERLINK`);
  });

  it("never lets out a person's name, an e-mail address, an internal description or a comment", async () => {
    const bodies = [
      (await page().expect(200)).text,
      (await page('', { lang: 'en' }).expect(200)).text,
      (await page('/data.json').expect(200)).text,
      (await page('/data.csv').expect(200)).text,
    ];
    for (const body of bodies) {
      for (const secret of [
        SECRET_OWNER,
        ownerEmail,
        SECRET_COMMENT,
        SECRET_DESCRIPTION,
        s.tenant.coordinator.user.email,
        s.tenant.coordinator.user.name,
        s.tenant.departmentHead.user.name,
      ])
        expect(body).not.toContain(secret);
      expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });

  it('shows the owning department only when the coordinator chooses so', async () => {
    expect((await page().expect(200)).text).not.toContain(s.tenant.department.name);
    await setPublicProfile(t, s.tenant.coordinator.token, s.tenant.municipality.id, { showDepartments: true });
    const json = (await page('/data.json').expect(200)).body as PublicPageData;
    expect(json.plans[0].actions.find((a) => a.id === s.actions.survey.id)?.department).toBe(s.tenant.department.name);
    await setPublicProfile(t, s.tenant.coordinator.token, s.tenant.municipality.id, { showDepartments: false });
  });

  it('is switchable to English', async () => {
    const res = await page('', { lang: 'en' }).expect(200);
    expect(res.text).toContain('<html lang="en"');
    expect(res.text).toContain('Actions by area');
    expect(res.headers['content-language']).toBe('en');
  });

  it('caches with an ETag and Cache-Control, and a change shows at the next request', async () => {
    const first = await page().expect(200);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    await page().set('If-None-Match', etag).expect(304);
    await setActionPublication(t, s.tenant.coordinator.token, s.actions.survey.id, {
      publicSummary: 'Ny text för invånarna',
    });
    const changed = await page().set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.text).toContain('Ny text för invånarna');
  });

  it('lets only the listed origins frame the page', async () => {
    expect((await page().expect(200)).headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await t
      .http()
      .put(`/api/public-profiles/${s.tenant.municipality.id}`)
      .set(bearer(s.tenant.coordinator.token))
      .send({ frameAncestors: ['https://www.kommun.se/sida'] })
      .expect(400);
    await setPublicProfile(t, s.tenant.coordinator.token, s.tenant.municipality.id, {
      frameAncestors: ['https://www.ronneby.se', 'https://*.ronneby.se'],
    });
    const res = await page().expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toMatch(/frame-ancestors https:\/\/www\.ronneby\.se https:\/\/\*\.ronneby\.se(;|$)/);
    expect(csp).toContain("default-src 'none'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    // The admin and the API keep helmet's policy.
    const api = await t.http().get('/api/health');
    expect(api.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(api.headers['content-security-policy']).not.toContain('ronneby');
  });

  it('gives the coordinator a preview of an unpublished plan, exactly as residents would see it', async () => {
    const plans = await t.http().get('/api/action-plans').set(bearer(s.tenant.coordinator.token)).expect(200);
    const unpublished = plans.body.find((p: { title: string }) => p.title === hiddenPlanTitle);
    const preview = await t
      .http()
      .get(`/api/action-plans/${unpublished.id}/publication/preview`)
      .set(bearer(s.tenant.coordinator.token))
      .expect(200);
    expect(preview.text).toContain(hiddenPlanTitle);
    expect(preview.text).toContain(s.plan.title);
    expect(preview.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(preview.headers['cache-control']).toBe('no-store');
    await t
      .http()
      .get(`/api/action-plans/${unpublished.id}/publication/preview`)
      .set(bearer(s.tenant.leadership.token))
      .expect(403);
    // An error raised in the handler is JSON, whatever type the route declares for its answer.
    const missing = await t
      .http()
      .get('/api/action-plans/999999/publication/preview')
      .set(bearer(s.tenant.coordinator.token))
      .expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    expect(missing.body.code).toBeDefined();
    expect((await page().expect(200)).text).not.toContain(hiddenPlanTitle);
  });

  it('removes the page at once when the plan is unpublished', async () => {
    await page().expect(200);
    await setPlanPublication(t, s.tenant.coordinator.token, s.plan.id, { published: false });
    expect((await page().expect(404)).text).toContain('Sidan finns inte');
    await page('/data.json').expect(404);
    await page('/data.csv').expect(404);
    await setPlanPublication(t, s.tenant.coordinator.token, s.plan.id, { published: true });
  });

  it('keeps actions that followed the plan default when the default changes; new actions take the new one', async () => {
    const token = s.tenant.coordinator.token;
    await setPlanPublication(t, token, s.plan.id, { actionsPublishedByDefault: false });
    expect(
      ((await page('/data.json').expect(200)).body as PublicPageData).plans[0].actions.map((a) => a.title),
    ).toContain(s.actions.budget.title);

    const plans = await t.http().get('/api/action-plans').set(bearer(token)).expect(200);
    const open = plans.body.find((p: { title: string }) => p.title === hiddenPlanTitle);
    const before = await createAction(t, token, open.id, {
      title: 'Åtgärd före ändrat standardval',
      questionCodes: ['1.1'],
      deadline: '2024-08-31',
    });
    await setPlanPublication(t, token, open.id, { published: true, actionsPublishedByDefault: false });
    const after = await createAction(t, token, open.id, {
      title: 'Åtgärd efter ändrat standardval',
      questionCodes: ['1.1'],
      deadline: '2024-09-30',
    });
    const json = (await page('/data.json').expect(200)).body as PublicPageData;
    const titles = json.plans.find((p) => p.id === open.id)!.actions.map((a) => a.title);
    expect(titles).toEqual([before.title]);
    expect(titles).not.toContain(after.title);
  });

  it('limits requests per address with a friendly 429', async () => {
    const limited = await startTestApp({ PUBLIC_RATE_LIMIT: '3' });
    try {
      for (let i = 0; i < 3; i++) await limited.http().get('/oppet/0000').expect(404);
      const res = await limited.http().get('/oppet/0000').expect(429);
      expect(res.text).toContain('För många förfrågningar');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
