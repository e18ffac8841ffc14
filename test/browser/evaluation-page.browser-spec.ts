import type { Page, Request } from 'playwright-core';
import type { ActionRecord, EvaluationRecord, FindingRecord } from '@kompass/shared';
import { Api, importReferenceReport, USER_PASSWORD } from './support/api';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** The coordinator's work on an imported evaluation: correct a score, link findings, plan actions. */
describe('evaluation page and findings', () => {
  const suite = useBrowserSuite();
  let page: Page;
  let coordinator: Api;
  let evaluation: EvaluationRecord;

  const findingByText = async (q: string) => {
    const filter = encodeURIComponent(JSON.stringify({ evaluationId: evaluation.id, q }));
    const [finding] = await coordinator.request<FindingRecord[]>('GET', `/findings?filter=${filter}`);
    return finding;
  };

  beforeAll(async () => {
    coordinator = suite.coordinator;
    evaluation = (await importReferenceReport(coordinator)).evaluation;
    page = await suite.newPage();
    await logIn(page, suite.tenant.users.coordinator.email, USER_PASSWORD);
  }, 120_000);

  it('corrects a score: the total and the warnings follow', async () => {
    await page.goto(`/#/evaluations/${evaluation.id}/show`);
    await waitForText(page.getByTestId('evaluation-total'), '427/800');
    await page.getByRole('button', { name: 'Rätta poäng' }).click();
    await page.getByLabel('Poäng för 3.1').fill('9');
    await page.getByRole('button', { name: 'Spara rättelserna' }).click();
    await waitForText(page.getByTestId('evaluation-total'), '428/800');
    // Area 3 now sums to the report's 65: only the percent warning of 7.5 is left
    await waitForText(
      page.getByTestId('warning-list'),
      /^Delfråga 7\.5: 6 av 20 poäng är 30 %, men rapporten anger 28 %/,
    );
    expect(await page.getByTestId('warning-list').locator('li').count()).toBe(1);
  });

  it('links a finding to a sub-question right on the evaluation page', async () => {
    const item = page.locator('li', { hasText: 'Websändning av KF-sammanträdena' });
    await item.getByRole('combobox', { name: 'Delfrågor' }).click();
    await page.getByRole('option', { name: /^1\.5\b/ }).click();
    await page.keyboard.press('Escape');
    await page.getByText('Delfrågorna är sparade.').waitFor();
    expect((await findingByText('Websändning')).questionCodes).toEqual(['1.5']);
  });

  it('turns selected improvements into actions: a new plan first, then the same plan again', async () => {
    const sent: { url: string; body: unknown }[] = [];
    const record = (request: Request) => {
      if (request.method() === 'POST' && request.url().includes('/api/action-plans'))
        sent.push({ url: new URL(request.url()).pathname, body: request.postDataJSON() });
    };
    page.on('request', record);
    try {
      await page.getByRole('checkbox', { name: 'Bemötande ett tydligt kriterium vid nyrekrytering' }).check();
      await page.getByRole('checkbox', { name: /^Jämföra resultat från olika brukarundersökningar/ }).check();
      await waitForText(page.getByText(/markerade$/), '2 markerade');
      await page.getByRole('button', { name: 'Skapa åtgärder' }).click();

      const dialog = page.getByRole('dialog', { name: 'Skapa åtgärder av förbättringsmöjligheter' });
      await dialog.waitFor();
      await dialog.getByLabel(/^Handlingsplanens namn/).fill('Handlingsplan 2018–2019');
      await dialog.getByLabel(/^Planerad ny utvärdering/).fill('2019-09-30');
      await dialog.getByRole('combobox', { name: 'Ansvarig' }).click();
      await page.getByRole('option', { name: /Frida Förvaltningschef/ }).click();
      await dialog.getByRole('combobox', { name: 'Förvaltning' }).click();
      await page.getByRole('option', { name: 'Kommunledningsförvaltningen' }).click();
      await dialog.getByLabel('Slutdatum').fill('2018-12-31');
      await screenshot(page, 'create-actions-dialog', { fullPage: false });
      await dialog.getByRole('button', { name: 'Skapa 2 åtgärder' }).click();
      await page.getByText('2 åtgärder skapades i Handlingsplan 2018–2019.').waitFor();
      await dialog.waitFor({ state: 'detached' });

      const findingIds = [
        (await findingByText('Bemötande ett tydligt kriterium')).id,
        (await findingByText('Jämföra resultat från olika brukarundersökningar')).id,
      ];
      expect(sent[0]).toEqual({
        url: '/api/action-plans',
        body: {
          baselineEvaluationId: evaluation.id,
          title: 'Handlingsplan 2018–2019',
          plannedReEvaluationDate: '2019-09-30',
        },
      });
      const planId = Number(/action-plans\/(\d+)\/actions\/bulk$/.exec(sent[1].url)![1]);
      expect(sent[1].body).toEqual({
        findingIds: expect.arrayContaining(findingIds),
        ownerId: suite.tenant.users.department_head.id,
        departmentId: suite.tenant.department.id,
        deadline: '2018-12-31',
      });
      const actions = await coordinator.request<ActionRecord[]>(
        'GET',
        `/actions?filter=${encodeURIComponent(JSON.stringify({ planId }))}`,
      );
      expect(actions.map((a) => a.title).sort()).toEqual([
        'Bemötande ett tydligt kriterium vid nyrekrytering',
        'Jämföra resultat från olika brukarundersökningar mellan serviceområdena',
      ]);

      // The evaluation now has a plan: the dialog offers it, and no second plan is made
      await page.getByRole('checkbox', { name: 'Riktade nöjdhetsundersökningar till politiken' }).check();
      await page.getByRole('button', { name: 'Skapa åtgärder' }).click();
      await dialog.getByRole('radio', { name: 'Lägg till i en befintlig handlingsplan' }).waitFor();
      expect(await dialog.getByRole('radio', { name: 'Lägg till i en befintlig handlingsplan' }).isChecked()).toBe(
        true,
      );
      await dialog.getByRole('button', { name: 'Skapa en åtgärd' }).click();
      await page.getByText('En åtgärd skapades i Handlingsplan 2018–2019.').waitFor();
      expect(sent.slice(2).map((r) => r.url)).toEqual([`/api/action-plans/${planId}/actions/bulk`]);
    } finally {
      page.off('request', record);
    }
  });

  it('filters the findings list and edits a finding there', async () => {
    await page.getByRole('menuitem', { name: 'Iakttagelser' }).click();
    await page.getByRole('columnheader', { name: 'Delfrågor' }).waitFor();
    await page.getByRole('combobox', { name: 'Typ' }).click();
    await page.getByRole('option', { name: 'Förbättringsmöjlighet' }).click();
    await page.getByRole('combobox', { name: 'Område' }).click();
    await page.getByRole('option', { name: '3. Politisk styrning och kontroll' }).click();
    await waitForText(page.getByText(/^1–\d+ av \d+$/), '1–4 av 4');
    await screenshot(page, 'findings-filtered');

    await page
      .getByRole('row', { name: /Avsaknad av en kommunövergripande värdegrund/ })
      .getByRole('link', { name: 'Redigera' })
      .click();
    const picker = page.getByRole('combobox', { name: 'Delfrågor' });
    await picker.click();
    await page.getByRole('option', { name: /^3\.2\b/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByText(/uppdaterad|Posten har uppdaterats|sparad/i)
      .first()
      .waitFor();
    expect((await findingByText('Avsaknad av en kommunövergripande värdegrund')).questionCodes).toContain('3.2');
  });
});
