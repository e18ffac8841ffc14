import type { NotificationRecord, ReminderRunResponse } from '@kompass/shared';
import type { Page } from 'playwright-core';
import { addDays } from '../../backend/src/common/dates';
import { isWorkingDay } from '../../backend/src/reminders/working-days';
import { Api, isoDaysFromNow, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { referencePlan, useBrowserSuite } from './support/suite';

/** The day "Skicka nu" runs as: today in Stockholm (the server's default time zone). */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** A coordinator edits the reminder rules, previews and runs reminders, and opens a sent mail in the outbox. */
describe('reminders page', () => {
  const suite = useBrowserSuite();
  let api: Api;
  let page: Page;
  let titles: string[];

  beforeAll(async () => {
    api = suite.coordinator;
    const { actions } = await referencePlan(suite, {
      items: 2,
      title: 'Handlingsplan 2026–2028',
      plannedReEvaluationDate: isoDaysFromNow(600),
      deadline: addDays(today(), 3),
    });
    titles = actions.map((a) => a.title);
    page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
  }, 120_000);

  it('checks and saves the rules in Swedish', async () => {
    await page.goto('/#/');
    await page.getByRole('menuitem', { name: 'Påminnelser' }).click();
    await page.getByRole('heading', { name: 'Påminnelser', level: 1 }).waitFor();
    const repeat = page.getByLabel('Upprepa påminnelser efter (dagar)');
    await repeat.fill('0');
    await page.getByRole('button', { name: 'Spara reglerna' }).click();
    await waitForText(page.getByText('Ange ett heltal mellan 1 och 90.'), 'Ange ett heltal mellan 1 och 90.');
    await page.getByLabel('Påminn före slutdatum (dagar, kommaseparerat)').fill('14, 3, 3');
    await page.getByRole('button', { name: 'Spara reglerna' }).click();
    await page.getByText(/Ange heltal mellan 0 och 120/).waitFor();

    await repeat.fill('5');
    await page.getByLabel('Påminn före slutdatum (dagar, kommaseparerat)').fill('3, 14');
    await page.getByRole('button', { name: 'Spara reglerna' }).click();
    await page.getByText('Reglerna är sparade').waitFor();
    const saved = await api.request<{ repeatDays: number; deadlineDays: number[] }>(
      'GET',
      `/reminder-settings/${suite.tenant.municipality.id}`,
    );
    expect(saved).toMatchObject({ repeatDays: 5, deadlineDays: [14, 3] });
  }, 60_000);

  it('previews a day without sending, then sends now once', async () => {
    // Preview the next working day from today, three days before the deadline or closer.
    let day = today();
    while (!isWorkingDay(day)) day = addDays(day, 1);
    await page.getByTestId('preview-date').fill(day);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const table = page.getByTestId('reminder-preview');
    const row = table.getByRole('row').filter({ hasText: 'Frida Förvaltningschef' });
    await waitForText(row, 'Slutdatum närmar sig');
    for (const title of titles) await row.getByRole('link', { name: title }).waitFor();
    await screenshot(page, 'reminders-preview');
    expect(await api.request<NotificationRecord[]>('GET', '/notifications')).toEqual([]);

    await page.getByRole('button', { name: 'Skicka nu' }).click();
    const result = page.getByTestId('reminder-run-result');
    if (!isWorkingDay(today())) {
      await waitForText(result, 'I dag är inte en vardag: inget skickades.');
      // Nothing goes out today, so the outbox gets its mail from a run on the previewed day.
      await api.request<ReminderRunResponse>('POST', '/reminders/run', { date: day });
      return;
    }
    await waitForText(result, /^\d+ utskick köades\./);
    await page.getByRole('button', { name: 'Skicka nu' }).click();
    await waitForText(result, 'Inget nytt att skicka i dag.');
  }, 60_000);

  it('opens a sent mail in the outbox: its facts, the HTML in a sandboxed frame and the text', async () => {
    let mail: NotificationRecord | undefined;
    for (let i = 0; i < 100 && mail?.status !== 'sent'; i++) {
      mail = (await api.request<NotificationRecord[]>('GET', '/notifications')).find(
        (n) => n.email === suite.tenant.users.department_head.email,
      );
      if (mail?.status !== 'sent') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mail?.status).toBe('sent');
    await page.goto('/#/notifications');
    await page.getByRole('cell', { name: mail!.subject }).click();
    await page.getByRole('heading', { name: mail!.subject, level: 1 }).waitFor();
    await waitForText(page.getByTestId('mail-attempts'), '1');
    const frame = page.getByTestId('mail-html-frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('[data-testid="mail-html-frame"]').getByRole('link', { name: titles[0] }).waitFor();
    const text = await page.getByTestId('mail-text').textContent();
    for (const title of titles) expect(text).toContain(`• ${title}`);
    await screenshot(page, 'reminders-sent-mail');
  }, 60_000);
});
