import ExcelJS from 'exceljs';
import type { ActionRecord } from '@kompass/shared';
import type { Page } from 'playwright-core';
import { Api, isoDaysFromNow, USER_PASSWORD } from './support/api';
import { logIn } from './support/browser';
import { waitForText } from './support/wait';
import { referencePlan, useBrowserSuite } from './support/suite';

/** A coordinator uploads the plan's sheet with new slutdatum, reads the preview per row, and applies it. */
describe('import actions from Excel', () => {
  const suite = useBrowserSuite();
  let api: Api;
  let planId: number;
  let actions: ActionRecord[];
  let page: Page;

  beforeAll(async () => {
    api = suite.coordinator;
    const made = await referencePlan(suite, {
      items: 2,
      title: 'Handlingsplan 2026–2028',
      plannedReEvaluationDate: isoDaysFromNow(600),
      deadline: isoDaysFromNow(300),
    });
    planId = made.plan.id;
    actions = made.actions;
    page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
  }, 120_000);

  /** The columns the import reads, as the export names them. */
  const sheet = async (rows: (string | number)[][]) => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Åtgärder');
    ws.addRow(['Id', 'Åtgärd', 'Slutdatum', 'Version']);
    for (const row of rows) ws.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const upload = async (buffer: Buffer) => {
    const dialog = page.getByRole('dialog', { name: 'Importera åtgärder från Excel' });
    await dialog.getByLabel('Välj Excel-fil').setInputFiles({
      name: 'handlingsplan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await dialog.getByRole('button', { name: 'Förhandsgranska' }).click();
    return dialog;
  };

  it('names a refused row in Swedish and changes nothing', async () => {
    await page.goto(`/#/action-plans/${planId}/show`);
    await page.getByRole('button', { name: 'Importera från Excel' }).click();
    const dialog = await upload(await sheet([[actions[0].id, actions[0].title, '31/12', actions[0].version]]));
    await waitForText(dialog.getByRole('alert'), /Rad 2, kolumn Slutdatum: ”31\/12” är inget datum/);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  }, 60_000);

  it('previews the new slutdatum per row and applies them', async () => {
    const deadline = isoDaysFromNow(400);
    await page.goto(`/#/action-plans/${planId}/show`);
    await page.getByRole('button', { name: 'Importera från Excel' }).click();
    const dialog = await upload(await sheet(actions.map((a) => [a.id, a.title, deadline, a.version])));
    const table = dialog.getByRole('table', { name: 'Ändringar per rad' });
    await table.waitFor();
    expect(await table.getByRole('row').filter({ hasText: deadline }).count()).toBe(2);
    await dialog.getByRole('button', { name: 'Genomför ändringarna på 2 åtgärder' }).click();
    await waitForText(page.getByText('2 åtgärder är ändrade.'), '2 åtgärder är ändrade.');
    for (const action of actions)
      expect(await api.request<ActionRecord>('GET', `/actions/${action.id}`)).toMatchObject({
        deadline,
        version: action.version + 1,
      });
  }, 60_000);
});
