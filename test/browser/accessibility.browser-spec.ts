import type { Page } from 'playwright-core';
import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
import { Api, REFERENCE_REPORT_PATH, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { importFollowUp, linkFollowUp, referencePlan, useBrowserSuite } from './support/suite';

/** axe-core on the main pages and every dialog, as the coordinator sees them (the role with the most controls). */
describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let evaluationId: number;
  let coordinator: Api;
  let plan: ActionPlanRecord;
  let actions: ActionRecord[];

  beforeAll(async () => {
    coordinator = suite.coordinator;
    const made = await referencePlan(suite, { items: 2 });
    ({ plan, actions } = made);
    evaluationId = made.evaluation.id;
    page = await suite.newPage();
  }, 120_000);

  it('login page', async () => {
    await page.goto('/#/login');
    await page.getByRole('heading', { name: 'Logga in i Kompass' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('dashboard', async () => {
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
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

  it('dashboard with the skip link focused', async () => {
    await page.goto('/#/');
    await page.reload(); // the skip link is the first stop of a freshly loaded page
    await page.getByRole('heading', { name: 'Senaste utvärderingen' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Hoppa till huvudinnehållet' });
    await expect(skip.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await page.waitForTimeout(400); // its slide-in transition
    expect(await seriousViolations(page)).toEqual([]);
  });

  /** Opens a dialog, checks it with axe while open, and closes it with its cancel button. */
  async function checkDialog(
    open: () => Promise<unknown>,
    name: string | RegExp,
    screenshotName: string,
    close = 'Avbryt',
  ) {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    await page.waitForTimeout(400); // its fade-in
    await screenshot(page, `dialog-${screenshotName}`, { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: close, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('dialog: create actions from improvement items', async () => {
    await page.goto(`/#/evaluations/${evaluationId}/show`);
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await page.getByRole('checkbox', { name: 'Riktade nöjdhetsundersökningar till politiken' }).check();
    await checkDialog(
      () => page.getByRole('button', { name: 'Skapa åtgärder' }).click(),
      'Skapa åtgärder av förbättringsmöjligheter',
      'create-actions',
    );
  });

  it('dialog: bulk edit of actions', async () => {
    await page.goto('/#/actions');
    await page.getByRole('link', { name: actions[0].title }).waitFor();
    await page.getByRole('columnheader').getByRole('checkbox').check();
    await checkDialog(
      () => page.getByRole('button', { name: 'Ändra markerade' }).click(),
      /^Ändra \d+ åtgärder$/,
      'bulk-edit',
    );
  });

  it('dialog: delete an action (confirm)', async () => {
    await page.goto(`/#/actions/${actions[1].id}/show`);
    await checkDialog(() => page.getByRole('button', { name: 'Ta bort' }).click(), /Ta bort/, 'delete-action');
  });

  it('dialog: edit conflict', async () => {
    const action = actions[0];
    await page.goto(`/#/actions/${action.id}`);
    const title = page.getByRole('textbox', { name: 'Åtgärd' });
    await waitForText(page.getByRole('heading', { level: 1 }), action.title);
    expect(await title.inputValue()).toBe(action.title);
    await page.waitForLoadState('networkidle'); // the form has its version: the change below comes after it
    const current = await coordinator.request<ActionRecord>('GET', `/actions/${action.id}`);
    await coordinator.request('PUT', `/actions/${action.id}`, { priority: 'high', version: current.version });
    await title.fill(`${action.title} (ändrad)`);
    await checkDialog(
      () => page.getByRole('button', { name: 'Spara' }).click(),
      'Åtgärden har ändrats sedan du öppnade den',
      'conflict',
      'Släng mina ändringar',
    );
  });

  it('dialogs: link the re-evaluation, then carry open actions over', async () => {
    const followUp = await importFollowUp(suite);
    await page.goto(`/#/action-plans/${plan.id}/show`);
    await checkDialog(
      () => page.getByRole('button', { name: 'Koppla omvärdering' }).click(),
      'Koppla omvärderingen till handlingsplanen',
      'link-follow-up',
    );
    await linkFollowUp(suite, plan.id, followUp.id);
    await page.reload();
    await checkDialog(
      () => page.getByRole('button', { name: 'Flytta öppna åtgärder' }).click(),
      'Flytta öppna åtgärder till nästa plan',
      'carry-over',
    );
  });
});
