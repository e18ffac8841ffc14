import type { Page } from 'playwright-core';
import { importReferenceReport, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** Swedish first; English on request, everywhere (the build checks both languages have the same keys). */
describe('language switch', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let evaluationId: number;

  beforeAll(async () => {
    const coordinator = suite.coordinator;
    evaluationId = (await importReferenceReport(coordinator)).evaluation.id;
    page = await suite.newPage();
  }, 120_000);

  it('the login page offers English', async () => {
    await page.goto('/#/login');
    await page.getByRole('heading', { name: 'Logga in i Kompass' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kompass' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Logga in i Kompass' }).waitFor();
  });

  it('the user menu switches the app to English, evaluation pages included', async () => {
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await page.getByRole('button', { name: /Profil/ }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Welcome to Kompass' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('menuitem', { name: 'Evaluations' }).waitFor();
    await page.getByRole('menuitem', { name: 'Findings' }).waitFor();
    await page.getByRole('heading', { name: 'Latest evaluation' }).waitFor();

    await page.goto(`/#/evaluations/${evaluationId}/show`);
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await page.getByRole('heading', { name: 'Scores by area' }).waitFor();
    await page.getByRole('heading', { name: 'Strengths and improvements' }).waitFor();
    await waitForText(
      page.getByTestId('warning-list').locator('[data-code="area-total-mismatch"]'),
      'Area 3: the report states a total of 65, but the sub-questions add up to 64',
    );
    await page.getByRole('button', { name: 'Correct scores' }).waitFor();
    await screenshot(page, 'evaluation-en');

    await page.goto('/#/evaluations/create');
    await page.getByRole('heading', { level: 1, name: 'Import evaluation: choose the report' }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).waitFor();
  });
});
