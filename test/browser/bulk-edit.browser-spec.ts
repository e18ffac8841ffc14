import type { ActionRecord } from '@kompass/shared';
import type { Page } from 'playwright-core';
import { Api, importReferenceReport, improvementItems, isoDaysFromNow, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** A coordinator gives ten unassigned actions an owner, a department and a deadline in one go from the action list. */
describe('bulk edit of actions', () => {
  const suite = useBrowserSuite();
  let api: Api;
  let actions: ActionRecord[];
  let page: Page;

  beforeAll(async () => {
    api = suite.coordinator;
    const baseline = (await importReferenceReport(api)).evaluation;
    const plan = await api.request<{ id: number }>('POST', '/action-plans', {
      baselineEvaluationId: baseline.id,
      title: 'Handlingsplan 2026–2028',
      plannedReEvaluationDate: isoDaysFromNow(600),
    });
    const findingIds = (await improvementItems(api, baseline.id, 10)).map((f) => f.id);
    actions = (
      await api.request<{ created: ActionRecord[] }>('POST', `/action-plans/${plan.id}/actions/bulk`, { findingIds })
    ).created;
    page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
  }, 120_000);

  it('assigns ten selected actions an owner, a department and a deadline', async () => {
    expect(actions).toHaveLength(10);
    const deadline = isoDaysFromNow(200);
    await page.goto('/#/actions');
    await page.getByRole('link', { name: actions[9].title }).waitFor();
    await page.getByRole('columnheader').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Ändra markerade' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra 10 åtgärder' });
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).click();
    await page.getByRole('option', { name: 'Frida Förvaltningschef' }).click();
    await dialog.getByRole('combobox', { name: 'Förvaltning' }).click();
    await page.getByRole('option', { name: 'Kommunledningsförvaltningen' }).click();
    await dialog.getByLabel('Slutdatum').fill(deadline);
    await screenshot(page, 'bulk-edit-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Spara på 10 åtgärder' }).click();
    await waitForText(page.getByText('10 åtgärder är ändrade.'), '10 åtgärder är ändrade.');
    await dialog.waitFor({ state: 'detached' });

    const now = await api.request<ActionRecord[]>(
      'GET',
      `/actions?filter=${encodeURIComponent(JSON.stringify({ ownerId: suite.tenant.users.department_head.id }))}`,
    );
    expect(now.map((a) => a.id).sort((a, b) => a - b)).toEqual(actions.map((a) => a.id).sort((a, b) => a - b));
    for (const action of now)
      expect(action).toMatchObject({ departmentId: suite.tenant.department.id, deadline, version: 2 });
    const rows = page.getByRole('row').filter({ hasText: 'Frida Förvaltningschef' });
    await rows.nth(9).waitFor();
    expect(await rows.count()).toBe(10);
  }, 60_000);

  it('refuses the batch when someone else changed one of the rows, and names it', async () => {
    await page.goto('/#/actions');
    await page.getByRole('link', { name: actions[0].title }).waitFor();
    const current = await api.request<ActionRecord>('GET', `/actions/${actions[0].id}`);
    await api.request('PUT', `/actions/${actions[0].id}`, { version: current.version, priority: 'low' });
    await page.getByRole('columnheader').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Ändra markerade' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra 10 åtgärder' });
    await dialog.getByRole('combobox', { name: 'Prioritet' }).click();
    await page.getByRole('option', { name: 'Hög' }).click();
    await dialog.getByRole('button', { name: 'Spara på 10 åtgärder' }).click();
    await waitForText(dialog.getByRole('alert'), /Ingenting sparades/);
    await waitForText(dialog.getByRole('alert'), actions[0].title.replace(/\s+/g, ' ').slice(0, 30));
    const high = await api.request<ActionRecord[]>(
      'GET',
      `/actions?filter=${encodeURIComponent(JSON.stringify({ priority: 'high' }))}`,
    );
    expect(high).toEqual([]);
  }, 60_000);
});
