import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  Api,
  FOLLOW_UP_CSV,
  importCsvEvaluation,
  isoDaysFromNow,
  REFERENCE_REPORT_PATH,
  scoresCsv,
  USER_PASSWORD,
} from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForCells, waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** The improvements the coordinator turns into actions (three of the reference report's). */
const ITEMS = [
  'Bemötande ett tydligt kriterium vid nyrekrytering',
  'Riktade nöjdhetsundersökningar till politiken',
  'Avsaknad av en kommunövergripande värdegrund',
];

/**
 * The whole loop, in the browser, as the people who use Kompass would: import the evaluation, plan actions,
 * report progress, follow it on the start page, import and link the re-evaluation, read the report, download it.
 * One server and one browser for the file; the tests run in order and build on each other.
 */
describe('the whole loop: evaluation → plan → progress → re-evaluation → report', () => {
  const suite = useBrowserSuite();
  let coordinator: Page;
  let planUrl: string;

  beforeAll(async () => {
    coordinator = await suite.newPage();
  }, 120_000);

  it('1–3: the coordinator imports the reference report and makes actions of three improvements', async () => {
    await logIn(coordinator, suite.tenant.users.coordinator.email, USER_PASSWORD);
    // No plan yet: the start page says how one is made
    await coordinator.getByRole('heading', { name: 'Här finns inga handlingsplaner ännu' }).waitFor();

    await coordinator.goto('/#/evaluations/create');
    await coordinator.getByTestId('import-file').setInputFiles(REFERENCE_REPORT_PATH);
    await coordinator.getByRole('button', { name: 'Förhandsgranska' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /granska och bekräfta/ }).waitFor({ timeout: 30_000 });
    await coordinator.getByRole('button', { name: 'Importera', exact: true }).click();
    await coordinator.waitForURL(/#\/evaluations\/\d+\/show/, { timeout: 30_000 });
    await waitForText(coordinator.getByTestId('evaluation-total'), '427/800');

    for (const item of ITEMS) await coordinator.getByRole('checkbox', { name: item }).check();
    await coordinator.getByRole('button', { name: 'Skapa åtgärder' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Skapa åtgärder av förbättringsmöjligheter' });
    await dialog.getByLabel(/^Handlingsplanens namn/).fill('Handlingsplan Kommunkompassen');
    await dialog.getByLabel(/^Planerad ny utvärdering/).fill(isoDaysFromNow(300));
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).click();
    await coordinator.getByRole('option', { name: /Frida Förvaltningschef/ }).click();
    await dialog.getByRole('combobox', { name: 'Förvaltning' }).click();
    await coordinator.getByRole('option', { name: 'Kommunledningsförvaltningen' }).click();
    // Already past: the start page will count them as overdue
    await dialog.getByLabel('Slutdatum').fill(isoDaysFromNow(-14));
    await dialog.getByRole('button', { name: 'Skapa 3 åtgärder' }).click();
    await coordinator.getByText('3 åtgärder skapades i Handlingsplan Kommunkompassen.').waitFor();

    await coordinator.getByRole('menuitem', { name: 'Handlingsplaner' }).click();
    await coordinator.getByRole('cell', { name: 'Handlingsplan Kommunkompassen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Handlingsplan Kommunkompassen' }).waitFor();
    planUrl = coordinator.url();
    for (const item of ITEMS) await coordinator.getByRole('link', { name: item }).waitFor();
    expect(await coordinator.getByTestId('overdue-chip').count()).toBe(3);
    await screenshot(coordinator, 'loop-3-plan');
  });

  it('4: the department head reports progress in Mina åtgärder', async () => {
    const head = await suite.newPage();
    try {
      await logIn(head, suite.tenant.users.department_head.email, USER_PASSWORD);
      // The start page lists their due actions and leads to Mina åtgärder
      await waitForText(head.getByTestId('dashboard-my-summary'), 'Du har 3 öppna åtgärder (3 försenade)');
      await head.getByRole('menuitem', { name: 'Mina åtgärder' }).click();
      await head.getByRole('heading', { level: 1, name: 'Mina åtgärder' }).waitFor();
      expect(await head.getByTestId('my-action').count()).toBe(3);

      const first = head.getByRole('article', { name: ITEMS[0] });
      await first.getByRole('combobox', { name: 'Status' }).click();
      await head.getByRole('option', { name: 'Pågår' }).click();
      await first.getByLabel('Framsteg').fill('50');
      await first.getByLabel('Kommentar').fill('Kriteriet finns nu i rekryteringsmallen.');
      await first.getByRole('button', { name: 'Rapportera' }).click();
      await head.getByText(`Lägesrapporten för ${ITEMS[0]} är sparad.`).waitFor();

      // Done needs a comment on what was achieved
      const second = head.getByRole('article', { name: ITEMS[1] });
      await second.getByRole('combobox', { name: 'Status' }).click();
      await head.getByRole('option', { name: 'Klar' }).click();
      await second.getByRole('button', { name: 'Rapportera' }).click();
      await waitForText(second.getByRole('alert'), 'Skriv vad som uppnåddes');
      await second.getByLabel(/^Kommentar/).fill('Enkäten till fullmäktige är genomförd och redovisad.');
      await second.getByRole('button', { name: 'Rapportera' }).click();
      await head.getByText(`Lägesrapporten för ${ITEMS[1]} är sparad.`).waitFor();
      // Done actions leave the open list
      await second.waitFor({ state: 'detached' });
      await waitForText(first, 'Framsteg: 50 %');
      await screenshot(head, 'loop-4-my-actions');
    } finally {
      await head.context().close();
    }
  });

  it("5: the coordinator's start page shows the reports", async () => {
    await coordinator.goto('/#/');
    await coordinator.getByRole('heading', { name: 'Senaste lägesrapporterna' }).waitFor();
    await waitForText(
      coordinator.getByTestId('recent-updates'),
      'Enkäten till fullmäktige är genomförd och redovisad.',
    );
    await waitForText(coordinator.getByTestId('recent-updates'), 'Kriteriet finns nu i rekryteringsmallen.');
    await waitForText(coordinator.getByTestId('dashboard-done'), '1/3');
    await waitForText(coordinator.getByTestId('dashboard-overdue'), /^2\D/);
    await coordinator.getByRole('heading', { name: 'Försenade åtgärder (2)' }).waitFor();
    await waitForText(coordinator.getByTestId('area-progress-total'), '1 av 3');
    await screenshot(coordinator, 'loop-5-dashboard');
  });

  it('6: the coordinator imports the re-evaluation and links it; an earlier one is refused with the reason', async () => {
    // An older evaluation, to be refused (made through the API: the wizard is the same as below)
    const api = await Api.login(suite.server.baseUrl, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await importCsvEvaluation(api, scoresCsv({ '1.1': 5 }), '2016-05', 'Kommunkompassen 2016');

    await coordinator.goto('/#/evaluations/create');
    await coordinator
      .getByTestId('import-file')
      .setInputFiles({ name: 'omvardering-2021.csv', mimeType: 'text/csv', buffer: Buffer.from(FOLLOW_UP_CSV) });
    await coordinator.getByLabel('Utvärderingsmånad').fill('2021-10');
    await coordinator.getByLabel('Benämning').fill('Kommunkompassen 2021');
    await coordinator.getByRole('button', { name: 'Förhandsgranska' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /granska och bekräfta/ }).waitFor({ timeout: 30_000 });
    await coordinator.getByRole('button', { name: 'Importera', exact: true }).click();
    await coordinator.waitForURL(/#\/evaluations\/\d+\/show/, { timeout: 30_000 });
    await waitForText(coordinator.getByTestId('evaluation-total'), '437/800');

    await coordinator.goto(planUrl);
    await coordinator.getByRole('button', { name: 'Koppla omvärdering' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Koppla omvärderingen till handlingsplanen' });
    await dialog.getByRole('radio', { name: /^Kommunkompassen 2016/ }).check();
    await dialog.getByRole('button', { name: 'Koppla', exact: true }).click();
    await waitForText(dialog.getByTestId('link-error'), /Utvärderingen kan inte kopplas.*later than the baseline/);
    await screenshot(coordinator, 'loop-6-link-refused', { fullPage: false });

    await dialog.getByRole('radio', { name: /^Kommunkompassen 2021/ }).check();
    await dialog.getByRole('button', { name: 'Koppla', exact: true }).click();
    await coordinator.getByText('Omvärderingen är kopplad och planen avslutad.').waitFor();
    await coordinator.waitForURL(/\/show\/report$/);
  });

  it('7: the report page shows the deltas', async () => {
    await coordinator
      .getByRole('heading', { name: 'Omvärdering: Kommunkompassen 2017 → Kommunkompassen 2021' })
      .waitFor();
    await waitForText(coordinator.getByTestId('report-total'), /^427 → 437\s*\+10 poäng av 800\s*↑Förbättrad$/);
    const areas = coordinator.getByTestId('area-deltas');
    // Colour is never the only cue: a sign and a word in every verdict
    await waitForCells(areas.locator('[data-area="1"]'), [
      'Område 1: Offentlighet och demokrati',
      '45/100',
      '50/100',
      '+5',
      '↑Förbättrad',
    ]);
    await waitForCells(areas.locator('[data-area="4"]'), [/^Område 4/, '48/100', '48/100', '0', '=Oförändrad']);
    await waitForCells(areas.locator('[data-area="5"]'), [/^Område 5/, '49/100', '47/100', '−2', '↓Försämrad']);
    await waitForCells(areas.locator('[data-area="total"]'), ['Totalt', '427/800', '437/800', '+10', '↑Förbättrad']);
    const questions = coordinator.getByTestId('question-deltas');
    await waitForCells(questions.locator('[data-code="1.3"]'), ['1.3', /./, '7/25', '12/25', '+5', '↑Förbättrad']);
    await waitForCells(questions.locator('[data-code="7.5"]'), ['7.5', /./, '6/20', '5/20', '−1', '↓Försämrad']);
    expect(await questions.locator('[data-verdict="improved"]').count()).toBe(4);
    expect(await questions.locator('[data-verdict="declined"]').count()).toBe(2);
    await coordinator.getByTestId('radar-chart').waitFor();
    await waitForText(coordinator.getByTestId('insight-declined'), 'Försämrat (2)');
    await screenshot(coordinator, 'loop-7-report');
  });

  it('8: the report downloads as a PDF', async () => {
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      coordinator.getByRole('button', { name: 'Ladda ner som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^omvardering-ronneby-kommun-2021-10-01\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  });
});
