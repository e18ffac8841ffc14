import type { ActionRecord, PlanReadiness } from '@kompass/shared';
import type { Page } from 'playwright-core';
import { Api, improvementItems, isoDaysFromNow, planWithActions, type PlanWithActions } from './support/api';
import { screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { linkFollowUp, planOf2017, referenceAndFollowUp, useBrowserSuite } from './support/suite';

/**
 * Issue #14 items 2, 3, 4 and 7 as the coordinator sees them: the action's sub-questions on its form, the
 * readiness list of sub-questions without actions, the report's action links and insight wording.
 */
describe('sub-question links, readiness, report links and Swedish terms', () => {
  const suite = useBrowserSuite();
  let api: Api;
  let closed: PlanWithActions;
  let active: PlanWithActions;
  let page: Page;

  beforeAll(async () => {
    api = suite.coordinator;
    const { baseline, followUp } = await referenceAndFollowUp(suite);
    const items = (await improvementItems(api, baseline.id, 12)).filter((f) => f.questionCodes.length > 0);
    closed = await planOf2017(suite, baseline.id, items.slice(0, 2));
    await linkFollowUp(suite, closed.plan.id, followUp.id);
    active = await planWithActions(api, suite.tenant, {
      baselineEvaluationId: baseline.id,
      title: 'Handlingsplan 2026–2028',
      plannedReEvaluationDate: isoDaysFromNow(500),
      deadline: isoDaysFromNow(60),
      findingIds: items.slice(2, 4).map((f) => f.id),
    });
    page = await suite.pageAs('coordinator');
  }, 120_000);

  it('shows and edits an action’s sub-questions, and "ingen ännu" for a report nobody has made', async () => {
    const action = active.actions[0];
    await page.goto(`/#/actions/${action.id}`);
    await waitForText(page.getByRole('heading', { level: 1 }), action.title);
    await waitForText(page.getByTestId('latest-report'), 'ingen ännu');
    await page.getByText('Följer förbättringsmöjligheternas delfrågor', { exact: false }).first().waitFor();
    await waitForText(page.getByTestId('question-codes-source'), 'enligt förbättringsmöjligheterna');

    const codes = page.getByRole('combobox', { name: 'Delfrågor' });
    await codes.fill('8.7');
    await page.getByRole('option', { name: /^8\.7/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Åtgärden är sparad.').waitFor();
    const saved = await api.request<ActionRecord>('GET', `/actions/${action.id}`);
    expect(saved).toMatchObject({ questionCodes: [...action.questionCodes, '8.7'], questionCodesOverridden: true });
    await waitForText(page.getByTestId('question-codes-source'), 'valda för åtgärden');
    await screenshot(page, 'action-question-codes');
  });

  it('lists every sub-question without an action, most points to gain first, and tells items from none', async () => {
    const readiness = await api.request<PlanReadiness>('GET', `/action-plans/${active.plan.id}/readiness`);
    expect(readiness.totals.questionsWithoutActions).toBeGreaterThan(30);
    await page.goto(`/#/action-plans/${active.plan.id}/show`);
    await page.getByRole('tab', { name: 'Inför omvärderingen' }).click();
    await waitForText(
      page.getByTestId('readiness-questions-without'),
      `${readiness.totals.questionsWithoutActions}delfrågor utan åtgärd`,
    );
    const rows = page.getByTestId('readiness-lacking').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(readiness.totals.questionsWithoutActions);
    expect(await rows.first().getAttribute('data-code')).toBe(readiness.questionsWithoutActions[0]);
    await page.getByText('Ingen förbättringsmöjlighet i utgångsläget').first().waitFor();
    expect(await page.getByText('Alla delfrågor har minst en åtgärd.').count()).toBe(0);
    await screenshot(page, 'plan-readiness-gaps');
  });

  it('names and links the actions in the report’s action column, and words the insights without "?:"', async () => {
    const action = closed.actions[0];
    await page.goto(`/#/action-plans/${closed.plan.id}/show/report`);
    await page.getByRole('heading', { name: 'Omvärdering: Kommunkompassen 2017 → Kommunkompassen 2021' }).waitFor();
    const row = page.getByTestId('question-deltas').locator(`tr[data-code="${action.questionCodes[0]}"]`);
    const link = row.getByRole('link', { name: action.title });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`#/actions/${action.id}/show`);
    const insights = await page.locator('section[aria-labelledby="report-insights-heading"]').innerText();
    expect(insights).not.toMatch(/\?:/);
    expect(insights).not.toMatch(/\b1 åtgärder\b|\b1 klara\b|av en åtgärd/);
    await screenshot(page, 'plan-report-links');
  });
});
