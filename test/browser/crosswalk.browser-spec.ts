import type {
  ActionPlanRecord,
  ActionRecord,
  CrosswalkRecord,
  FrameworkRecord,
  ImportCommitResponse,
} from '@kompass/shared';
import type { Page } from 'playwright-core';
import { Api, importReferenceReport, improvementItems } from './support/api';
import { logInAsAdmin, screenshot } from './support/browser';
import { waitForCells, waitForText } from './support/wait';
import { linkFollowUp, planOf2017, useBrowserSuite } from './support/suite';

/** A 2020-model re-evaluation of area totals, by KK2020 area (Samspel 52, Samhällsutveckling 70, …). */
const KK2020_AREAS = [52, 70, 66, 50, 55, 47, 61, 49];

/**
 * A plan on the 2016-model reference report with a 2020-model re-evaluation linked through the shipped
 * crosswalk: the report with the caveat and mapped areas, readiness by the KK2020 areas, carrying the open
 * actions over, and an admin editing the crosswalk.
 */
describe('reports across model revisions', () => {
  const suite = useBrowserSuite();
  let api: Api;
  let kk2016: number;
  let kk2020: number;
  let oldPlan: ActionPlanRecord;
  let newPlan: ActionPlanRecord;
  let actions: ActionRecord[];
  let page: Page;

  beforeAll(async () => {
    api = suite.coordinator;
    const frameworks = await api.request<FrameworkRecord[]>('GET', '/frameworks');
    kk2016 = frameworks.find((f) => f.code === 'KK2016')!.id;
    kk2020 = frameworks.find((f) => f.code === 'KK2020')!.id;
    const baseline = (await importReferenceReport(api)).evaluation;
    const content = ['Område;Kod;Uppnått;Max', ...KK2020_AREAS.map((v, i) => `Område ${i + 1};;${v};100`)].join('\n');
    const followUp = (
      await api.request<ImportCommitResponse>('POST', '/evaluations/import', {
        content,
        format: 'csv',
        fileName: 'kk2020.csv',
        frameworkId: kk2020,
        evaluatedAt: '2021-10',
        label: 'Kommunkompassen 2021',
      })
    ).evaluation;
    const made = await planOf2017(suite, baseline.id, await improvementItems(api, baseline.id, 2));
    actions = made.actions;
    oldPlan = await linkFollowUp(suite, made.plan.id, followUp.id);
    newPlan = await api.request<ActionPlanRecord>('POST', '/action-plans', {
      baselineEvaluationId: followUp.id,
      title: 'Handlingsplan 2021–2025',
      plannedReEvaluationDate: '2025-09-30',
    });
    page = await suite.pageAs('coordinator');
  }, 120_000);

  it('shows the report with the caveat and every 2016 area against its 2020 area', async () => {
    await page.goto(`/#/action-plans/${oldPlan.id}/show/report`);
    await waitForText(page.getByTestId('report-caveat'), 'Olika modellversioner: jämförelsen är vägledande');
    await waitForText(page.getByTestId('report-caveat'), '(KK2016 och KK2020)');
    const table = page.getByTestId('area-deltas');
    await waitForCells(table.locator('tr[data-area="2"]'), [
      /^Område 2: Tillgänglighet och brukarorientering\s?motsvarar 5\. Brukarens fokus$/,
      '50/100',
      '55/100',
      '+5',
    ]);
    await waitForCells(table.locator('tr[data-area="8"]'), [
      /motsvarar 2\. Samhällsutveckling$/,
      '66/100',
      '70/100',
      '+4',
    ]);
    await waitForCells(table.locator('tr[data-area="total"]'), [/Totalt/, '427/800', '450/800', '+23']);
    await screenshot(page, 'crosswalk-report');
  });

  it('lets the coordinator carry the open actions over to the plan on the re-evaluation', async () => {
    await page.goto(`/#/action-plans/${oldPlan.id}/show`);
    await page.getByRole('button', { name: 'Flytta öppna åtgärder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flytta öppna åtgärder till nästa plan' });
    await dialog.getByRole('radio', { name: 'Handlingsplan 2021–2025' }).check();
    await screenshot(page, 'crosswalk-carry-over');
    await dialog.getByRole('button', { name: 'Flytta åtgärderna' }).click();
    await waitForText(page.getByText(/åtgärder flyttades/), `${actions.length} åtgärder flyttades.`);
    for (const action of actions) {
      const moved = await api.request<ActionRecord>('GET', `/actions/${action.id}`);
      expect(moved.planId).toBe(newPlan.id);
      expect(moved.areas.every((a) => a >= 1 && a <= 8)).toBe(true);
    }
  });

  it('groups a 2016-baseline plan’s readiness by the KK2020 areas', async () => {
    const planOn2016 = await api.request<ActionPlanRecord>('POST', '/action-plans', {
      baselineEvaluationId: oldPlan.baselineEvaluationId,
      title: 'Handlingsplan inför 2021',
      plannedReEvaluationDate: '2030-09-30',
    });
    await page.goto(`/#/action-plans/${planOn2016.id}/show/readiness`);
    const section = page.getByTestId('readiness-next-revision');
    await waitForText(section, 'Nästa omgång görs på Kommunkompassen 2020–');
    await waitForCells(section.locator('tr[data-area="5"]'), ['Område 5: Brukarens fokus', '2', '50/100']);
    await waitForCells(section.locator('tr[data-area="2"]'), ['Område 2: Samhällsutveckling', '8', '66/100']);
    await screenshot(page, 'crosswalk-readiness');
  });

  // A second page logs in as the admin: under a loaded machine that alone takes most of the default 30 s
  it('lets an admin edit the crosswalk on the framework page', async () => {
    const adminPage = await suite.newPage();
    await logInAsAdmin(adminPage);
    await adminPage.goto(`/#/frameworks/${kk2016}/show`);
    const section = adminPage.getByTestId('crosswalk-KK2020');
    await waitForText(section, 'Till KK2020');
    await section.getByRole('combobox', { name: /Offentlighet och demokrati/ }).click();
    await adminPage.getByRole('option', { name: '2. Samhällsutveckling' }).click();
    await adminPage.keyboard.press('Escape');
    await section.getByRole('button', { name: 'Spara nyckeln' }).click();
    await waitForText(adminPage.getByText('Nyckeln är sparad'), 'Nyckeln är sparad');
    const saved = await (
      await Api.asAdmin(suite.server.baseUrl)
    ).request<CrosswalkRecord>('GET', `/frameworks/${kk2016}/crosswalks/${kk2020}`);
    expect(saved.areas[0]).toEqual({ from: 1, to: [1, 2] });
    await screenshot(adminPage, 'crosswalk-editor');
    await adminPage.close();
  }, 60_000);
});
