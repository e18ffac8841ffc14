import type { Page } from 'playwright-core';
import { improvementItems, isoDaysFromNow, planWithActions } from './support/api';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { referenceAndFollowUp, useBrowserSuite } from './support/suite';

/** The residents' page /oppet/<kommunkod>: accessible (axe) and complete without JavaScript. */
describe('public progress page in a browser', () => {
  const suite = useBrowserSuite();
  let planTitle: string;
  let planId: number;

  beforeAll(async () => {
    const coordinator = suite.coordinator;
    const { baseline } = await referenceAndFollowUp(suite);
    const items = await improvementItems(coordinator, baseline.id, 6);
    const { plan, actions } = await planWithActions(coordinator, suite.tenant, {
      baselineEvaluationId: baseline.id,
      title: 'Handlingsplan Kommunkompassen 2017–2021',
      plannedReEvaluationDate: isoDaysFromNow(400),
      deadline: isoDaysFromNow(120),
      findingIds: items.map((f) => f.id),
    });
    planTitle = plan.title;
    planId = plan.id;
    await coordinator.request('PUT', `/actions/${actions[0].id}/publication`, {
      publicSummary: 'Kommunen redovisar nyckeltal på webben varje kvartal.',
    });
    await coordinator.request('PUT', `/action-plans/${plan.id}/publication`, { published: true });
  }, 180_000);

  it('passes axe (WCAG 2.1 AA: no serious or critical violation) in Swedish and English', async () => {
    const page = await suite.newPage();
    await page.goto('/oppet/1081');
    await page.getByRole('heading', { level: 1, name: /Ronneby kommun: så arbetar vi med Kommunkompassen/ }).waitFor();
    await screenshot(page, 'public-page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.getByRole('heading', { level: 1, name: /our work with Kommunkompassen/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
    // Two axe runs over a page with some hundred table cells take ~10 s each on the shared machine.
  }, 120_000);

  it('works with JavaScript disabled: content, chart, language switch and open-data links', async () => {
    const context = await suite.browser.newContext({
      baseURL: suite.server.baseUrl,
      javaScriptEnabled: false,
      locale: 'sv-SE',
    });
    const page: Page = await context.newPage();
    const response = await page.goto('/oppet/1081');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 2, name: planTitle }).waitFor();
    expect(await page.getByRole('img', { name: /Diagram: andel av maxpoängen per område/ }).count()).toBe(1);
    expect(await page.getByText('Kommunen redovisar nyckeltal på webben varje kvartal.').count()).toBe(1);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.getByRole('heading', { level: 1, name: /our work with Kommunkompassen/ }).waitFor();
    expect(await page.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/oppet/1081/data.csv');
    const missing = await page.goto('/oppet/9999');
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await context.close();
  }, 60_000);

  it('lets the coordinator preview the page and unpublish it from the plan (axe on the admin page)', async () => {
    const page = await suite.pageAs('coordinator');
    await page.goto(`/#/action-plans/${planId}/publication`);
    await page.getByRole('heading', { level: 1, name: `Öppen redovisning: ${planTitle}` }).waitFor();
    await page
      .frameLocator('[data-testid="public-preview"]')
      .getByRole('heading', { level: 2, name: planTitle })
      .waitFor();
    await page.getByTestId('public-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'public-page-admin');
    // The preview frame is the public page, checked on its own above
    expect(await seriousViolations(page, '[data-testid="public-preview"]')).toEqual([]);
    await page.getByLabel('Publicerad för invånarna').click();
    await page.getByText('Inte publicerad: ingenting av planen syns för invånarna.').waitFor();
    expect((await fetch(`${suite.server.baseUrl}/oppet/1081`)).status).toBe(404);
    await page.context().close();
  }, 120_000);
});
