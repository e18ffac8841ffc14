import type { Page } from 'playwright-core';
import type { FrameworkRecord } from '@kompass/shared';
import { HOGANAS_2020, kk2020Report } from '../fixtures/kk2020-reports';
import { USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** A coordinator imports the first 2020-model report: the wizard says which revision and why, and asks to confirm the learned sub-questions. */
describe('import wizard on a new model revision', () => {
  const suite = useBrowserSuite({ municipality: { name: 'Höganäs kommun', code: '1284' } });
  let page: Page;

  beforeAll(async () => {
    page = await suite.newPage();
  }, 120_000);

  it('shows KK2020 chosen by its area names, the 34 sub-questions to learn, and imports 611/800 once they are confirmed', async () => {
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
    await page.goto('/#/evaluations/create');
    await page.getByRole('heading', { level: 1, name: /välj rapport/ }).waitFor();
    await page.getByRole('radio', { name: 'Klistra in text' }).check();
    await page.getByLabel('Rapportens text').fill(kk2020Report(HOGANAS_2020));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { level: 1, name: /granska och bekräfta/ }).waitFor({ timeout: 30_000 });

    const section = page.locator('section[aria-labelledby="preview-framework-heading"]');
    await waitForText(
      section,
      'Rapporten läses enligt Kommunkompassen 2020– (KK2020). Rapportens områdesnamn är desamma som i KK2020.',
    );
    await waitForText(section.getByRole('alert'), 'Rapporten lär Kompass 34 delfrågor som tillsammans ger 800 poäng');
    await waitForText(
      section.locator('tr', { hasText: '6.3' }),
      'Hur leder analyser av resultat till förbättringar?40',
    );
    await waitForText(page.getByTestId('evaluation-total'), '611/800');

    // The coordinator may read it as another revision: the list says which ones fit
    await section.getByRole('combobox', { name: 'Läs rapporten enligt' }).click();
    await page.getByRole('option', { name: 'Kommunkompassen 2016–2019 (KK2016), passar inte rapporten' }).waitFor();
    await page.getByRole('option', { name: 'Kommunkompassen 2020– (KK2020), passar rapporten' }).waitFor();
    await page.keyboard.press('Escape');

    // Nothing is stored until the learned sub-questions are confirmed
    const importButton = page.getByRole('button', { name: 'Importera', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await screenshot(page, 'import-revision-learn');
    await section.getByRole('checkbox', { name: 'Delfrågorna stämmer; spara dem som KK2020:s delfrågor' }).check();
    await importButton.click();
    await page.waitForURL(/#\/evaluations\/\d+\/show/, { timeout: 30_000 });
    await waitForText(page.getByTestId('evaluation-total'), '611/800');

    const coordinator = suite.coordinator;
    const [kk2020] = await coordinator.request<FrameworkRecord[]>(
      'GET',
      `/frameworks?filter=${encodeURIComponent(JSON.stringify({ code: 'KK2020' }))}`,
    );
    expect(kk2020).toMatchObject({ origin: 'learned', questionCount: 34, maxPoints: 800 });
  }, 180_000);
});
