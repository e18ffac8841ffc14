import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FindingRecord } from '@kompass/shared';
import { Api, REFERENCE_REPORT_PATH, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** A coordinator imports the reference report (Ronneby 2017) through the wizard, as a user would. */
describe('import wizard', () => {
  const suite = useBrowserSuite();
  let page: Page;

  beforeAll(async () => {
    page = await suite.newPage();
  }, 120_000);

  it('uploads the report, previews it with the area-3 warning, confirms and shows 427/800', async () => {
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    // No evaluations yet: the start page and the list both say what to do next
    await page.getByRole('heading', { level: 2, name: 'Här finns inga utvärderingar ännu' }).waitFor();
    await page.getByRole('menuitem', { name: 'Utvärderingar' }).click();
    await page.waitForURL(/#\/evaluations$/);
    await page.getByRole('heading', { level: 1, name: 'Här finns inga utvärderingar ännu' }).waitFor();
    await screenshot(page, 'evaluations-empty');
    await page.getByRole('link', { name: 'Importera er första utvärdering' }).click();
    await page.getByRole('heading', { level: 1, name: /välj rapport/ }).waitFor();

    // The XLSX template comes with the bearer token, under the server's file name
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excelmall för Kommunkompassen 2016–2019' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('kompass-mall-KK2016.xlsx');
    expect(
      readFileSync(await template.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    await page.getByTestId('import-file').setInputFiles(REFERENCE_REPORT_PATH);
    await waitForText(page.getByTestId('import-file-name'), 'kommunkompassen-ronneby-2017.md');
    await screenshot(page, 'import-1-source');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();

    await page.getByRole('heading', { level: 1, name: /granska och bekräfta/ }).waitFor({ timeout: 30_000 });
    const warnings = page.getByTestId('warning-list');
    await waitForText(
      warnings.locator('[data-code="area-total-mismatch"]'),
      'Område 3: rapporten anger summan 65, men delfrågorna summeras till 64',
    );
    await waitForText(
      warnings.locator('[data-code="percent-mismatch"]'),
      'Delfråga 7.5: 6 av 20 poäng är 30 %, men rapporten anger 28 %',
    );
    // The area's own block shows both numbers too
    await waitForText(page.locator('#preview-area-3 ~ .MuiAlert-root'), 'Rapporten anger summan 65');
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await screenshot(page, 'import-2-preview-top', { fullPage: false });

    // Improvement items the import could link only weakly are listed, and marked, for the coordinator to confirm
    const weak = page.getByTestId('low-confidence-findings');
    await waitForText(weak, 'Avsaknad av en kommunövergripande värdegrund → 3.1');
    await waitForText(weak, 'Erbjuder kollektiva förmåner utöver lön → 6.1');
    await waitForText(
      page.locator('li', { hasText: 'Kommun- och förvaltningscheferna bärare av visioner' }).last(),
      'Osäker koppling – bekräfta',
    );

    // A finding the import could not place: choose its sub-question before confirming
    const finding = page.locator('li', { hasText: 'Websändning av KF-sammanträdena' });
    await finding.getByRole('combobox').click();
    await page.getByRole('option', { name: /^1\.2\b/ }).click();
    await page.keyboard.press('Escape');
    await waitForText(finding, '1.2');
    await screenshot(page, 'import-2-preview');

    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.waitForURL(/#\/evaluations\/\d+\/show/, { timeout: 30_000 });
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await page.getByRole('heading', { level: 1, name: 'Kommunkompassen 2017' }).waitFor();
    await waitForText(page.getByTestId('warning-list'), 'Område 3');
    await screenshot(page, 'import-3-evaluation');
    const [source] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner källfilen' }).click(),
    ]);
    expect(source.suggestedFilename()).toBe('kommunkompassen-ronneby-2017.md');
    expect(readFileSync(await source.path(), 'utf8')).toBe(readFileSync(REFERENCE_REPORT_PATH, 'utf8'));

    // The confirmed sub-question was stored with the finding
    const evaluationId = Number(/evaluations\/(\d+)\/show/.exec(page.url())![1]);
    const coordinator = await Api.login(suite.server.baseUrl, suite.tenant.users.coordinator.email, USER_PASSWORD);
    const filter = encodeURIComponent(JSON.stringify({ evaluationId, q: 'Websändning' }));
    const [stored] = await coordinator.request<FindingRecord[]>('GET', `/findings?filter=${filter}`);
    expect(stored.questionCodes).toEqual(['1.2']);
  });

  it('lists what is wrong with a report line by line, and refuses files over 20 MB', async () => {
    await page.goto('/#/evaluations/create');
    await page.getByRole('heading', { level: 1, name: /välj rapport/ }).waitFor();

    // Too large: refused before anything is sent (handing Chromium 21 MB over its protocol takes a while on 2 busy cores)
    await page
      .getByTestId('import-file')
      .setInputFiles(
        { name: 'stor-rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) },
        { timeout: 60_000 },
      );
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen är för stor (max 20 MB).').first().waitFor();

    // Pasted scores the API refuses: 422 with one line per problem
    await page.getByRole('radio', { name: 'Klistra in text' }).check();
    await page.getByLabel('Rapportens text').fill('Kod;Uppnått\n1.1;99\n1.2;-3');
    await page.getByLabel('Utvärderingsmånad').fill('2019-05');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const problems = page.getByTestId('import-problems');
    await waitForText(
      page.getByRole('alert').filter({ hasText: 'Rapporten kunde inte importeras' }),
      'Inget har importerats',
    );
    await waitForText(problems.locator('li').first(), /^Rad 2\b.*1\.1/);
    expect(await problems.locator('li').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'import-errors', { fullPage: false });
    // Still on the first step, with the text kept for fixing
    expect(await page.getByLabel('Rapportens text').inputValue()).toContain('1.1;99');
  });
});
