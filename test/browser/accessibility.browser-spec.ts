import type { Browser, Page } from 'playwright-core';
import { Api, createTenant, importReferenceReport, REFERENCE_REPORT_PATH, type Tenant, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser, logIn, newPage, screenshot } from './support/browser';
import { type KompassServer, startKompass } from './support/server';
import { waitForText } from './support/wait';

/** axe-core on the main pages, as the coordinator sees them (the role with the most controls). */
describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  let server: KompassServer;
  let browser: Browser;
  let page: Page;
  let tenant: Tenant;
  let evaluationId: number;

  beforeAll(async () => {
    server = await startKompass();
    browser = await launchBrowser();
    tenant = await createTenant(await Api.asAdmin(server.baseUrl));
    const coordinator = await Api.login(server.baseUrl, tenant.users.coordinator.email, USER_PASSWORD);
    evaluationId = (await importReferenceReport(coordinator)).evaluation.id;
    page = await newPage(browser, server.baseUrl);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('login page', async () => {
    await page.goto('/#/login');
    await page.getByRole('heading', { name: 'Logga in i Kompass' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('dashboard', async () => {
    await logIn(page, tenant.users.coordinator.email, USER_PASSWORD);
    await page.getByRole('heading', { name: 'Senaste utvärderingen' }).waitFor();
    await screenshot(page, 'dashboard');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('evaluation list', async () => {
    await page.goto('/#/evaluations');
    await page.getByRole('cell', { name: 'Kommunkompassen 2017' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('evaluation page', async () => {
    await page.goto(`/#/evaluations/${evaluationId}/show`);
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await page.getByRole('combobox', { name: 'Delfrågor' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('findings list', async () => {
    await page.goto('/#/findings');
    await page.getByRole('columnheader', { name: 'Delfrågor' }).waitFor();
    await screenshot(page, 'findings-list');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('import wizard: choose the report, then the preview', async () => {
    await page.goto('/#/evaluations/create');
    await page.getByRole('heading', { level: 1, name: /välj rapport/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('import-file').setInputFiles(REFERENCE_REPORT_PATH);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { level: 1, name: /granska och bekräfta/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Delfrågor' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
