import type { Page } from 'playwright-core';
import type { ActionRecord } from '@kompass/shared';
import { Api, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { referencePlan, useBrowserSuite } from './support/suite';

/**
 * Issue #14, the rest of items 6 and 8: people are named (never "någon annan", never an e-mail), and date
 * inputs follow the UI's language, not the browser's: this browser is American English.
 */
describe('names of people, and dates in the UI language', () => {
  const suite = useBrowserSuite();
  let coordinator: Api;
  let head: Api;
  let actions: ActionRecord[];

  beforeAll(async () => {
    coordinator = suite.coordinator;
    head = await Api.login(suite.server.baseUrl, suite.tenant.users.department_head.email, USER_PASSWORD);
    ({ actions } = await referencePlan(suite, { items: 3 }));
  }, 120_000);

  const report = async (api: Api, actionId: number, comment: string) => {
    const action = await api.request<ActionRecord>('GET', `/actions/${actionId}`);
    await api.request('POST', `/actions/${actionId}/updates`, { version: action.version, comment });
  };

  it('the latest progress reports on the start page name their author', async () => {
    // The first admin is in no municipality: the coordinator cannot look them up as a user
    await report(await Api.asAdmin(suite.server.baseUrl), actions[2].id, 'Avstämt med kommunledningen.');
    const page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    const updates = page.getByTestId('recent-updates');
    await waitForText(updates, /Avstämt med kommunledningen/);
    expect(await updates.innerText()).toMatch(/· Administratör\b/);
    expect(await updates.innerText()).not.toMatch(/@|#\d/);
    await page.context().close();
  });

  it('the progress-report form names who saved the action in between', async () => {
    const page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await page.goto(`/#/actions/${actions[0].id}`);
    const form = page.locator('form[aria-labelledby="report-form-heading"]');
    await form.getByLabel(/^Kommentar/).fill('Utbildningen är bokad.');
    await report(head, actions[0].id, 'Förvaltningen har börjat.');
    await form.getByRole('button', { name: 'Skicka lägesrapporten' }).click();
    await waitForText(form.getByRole('alert'), /Åtgärden ändrades av Frida Förvaltningschef medan du skrev/);
    await page.context().close();
  });

  it('"Mina åtgärder" names who saved the action in between', async () => {
    const page = await suite.newPage();
    await logIn(page, suite.tenant.users.department_head.email, USER_PASSWORD);
    await page.goto('/#/my-actions');
    const card = page.getByTestId('my-action').filter({ hasText: actions[1].title });
    await card.getByLabel(/^Kommentar/).fill('Vi har börjat.');
    await report(coordinator, actions[1].id, 'Samordnaren har lagt till underlag.');
    await card.getByRole('button', { name: 'Rapportera' }).click();
    await waitForText(card.getByRole('alert'), /Åtgärden ändrades av Karin Kvalitet medan du skrev/);
    await page.context().close();
  });

  async function deadlineInput(page: Page, label: RegExp) {
    const input = page.getByLabel(label).first();
    await input.waitFor();
    return input;
  }

  it('a Swedish UI in an English browser asks for dates as ÅÅÅÅ-MM-DD, checks them and saves them', async () => {
    const page = await suite.newPage({ locale: 'en-US' });
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await page.goto(`/#/actions/${actions[2].id}`);
    const deadline = await deadlineInput(page, /^Slutdatum/);
    expect(await deadline.getAttribute('type')).toBe('text');
    expect(await deadline.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
    expect(await deadline.inputValue()).toBe(actions[2].deadline);
    await screenshot(page, 'date-input-sv-in-en-browser', { fullPage: false });

    await deadline.fill('12/31/2027');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.').first().waitFor();

    await deadline.fill('20271231');
    expect(await deadline.inputValue()).toBe('2027-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    const saved = async () => (await coordinator.request<ActionRecord>('GET', `/actions/${actions[2].id}`)).deadline;
    for (let tries = 0; tries < 50 && (await saved()) !== '2027-12-31'; tries++) await page.waitForTimeout(200);
    expect(await saved()).toBe('2027-12-31');
    await page.context().close();
  });

  it('an English UI asks for dates as YYYY-MM-DD', async () => {
    const page = await suite.newPage({ locale: 'en-US' });
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await page.getByRole('button', { name: /Profil/ }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kompass' }).waitFor();
    await page.goto(`/#/actions/${actions[1].id}`);
    const deadline = await deadlineInput(page, /^Deadline/);
    expect(await deadline.getAttribute('type')).toBe('text');
    expect(await deadline.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    await page.context().close();
  });
});
