import type { ActionRecord, DepartmentRecord } from '@kompass/shared';
import { importReferenceReport, isoDaysFromNow, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { logIn, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

/** Issue #15: leadership reads the burn-up, the department roll-up and the lists of what needs attention. */
describe('leadership insights', () => {
  const suite = useBrowserSuite();
  let planId: number;
  let social: DepartmentRecord;

  beforeAll(async () => {
    const admin = suite.admin;
    social = await admin.request<DepartmentRecord>('POST', '/departments', {
      municipalityId: suite.tenant.municipality.id,
      name: 'Socialförvaltningen',
      kind: 'administration',
    });
    const coordinator = suite.coordinator;
    const baselineEvaluationId = (await importReferenceReport(coordinator)).evaluation.id;
    planId = (
      await coordinator.request<{ id: number }>('POST', '/action-plans', {
        baselineEvaluationId,
        title: 'Handlingsplan 2026',
        plannedReEvaluationDate: isoDaysFromNow(400),
      })
    ).id;
    const action = (title: string, questionCodes: string[], departmentId: number, deadline: string) =>
      coordinator.request<ActionRecord>('POST', '/actions', { planId, title, questionCodes, departmentId, deadline });
    const own = suite.tenant.department.id;
    const done = await action('Resultatinformation till invånarna', ['1.3'], own, isoDaysFromNow(200));
    await coordinator.request('PUT', `/actions/${done.id}`, {
      version: done.version,
      status: 'done',
      comment: 'Antagen av fullmäktige',
    });
    const blocked = await action('Digital felanmälan', ['2.2'], social.id, isoDaysFromNow(120));
    await coordinator.request('PUT', `/actions/${blocked.id}`, {
      version: blocked.version,
      status: 'blocked',
      comment: 'Väntar på leverantören',
    });
    await action('Ny delegationsordning', ['4.1'], social.id, isoDaysFromNow(-12));
  }, 120_000);

  it('shows leadership the overdue and blocked actions by name, the gaps, the burn-up and the departments', async () => {
    const page = await suite.newPage();
    await logIn(page, suite.tenant.users.leadership.email, USER_PASSWORD);

    const overdue = page.getByRole('region', { name: /Försenade åtgärder/ });
    await overdue.getByRole('link', { name: 'Ny delegationsordning' }).waitFor();
    const blocked = page.getByRole('region', { name: /Blockerade åtgärder \(1\)/ });
    await blocked.getByRole('link', { name: 'Digital felanmälan' }).waitFor();
    // Ronneby 2017: 1.4 has 15 points left to gain, the most of the sub-questions without actions
    await waitForText(
      page.getByTestId('dashboard-gaps').locator('li').first(),
      /^1\.4 Främjas invånardialog och deltagande\?/,
    );

    const burnUp = page.getByTestId('burn-up');
    await burnUp.getByRole('img', { name: /Utveckling per vecka: Hela handlingsplanen/ }).waitFor();
    const thisWeek = burnUp.getByTestId('burn-up-table').locator('tbody tr').first();
    await waitForText(thisWeek, /^\d{4}-W\d\d\s*3\s*1\s*\d$/);
    await burnUp.getByText('Planerade', { exact: true }).first().waitFor();
    // Per area: area 4 holds the overdue action only, off track
    await burnUp.getByRole('combobox', { name: 'Visa för' }).click();
    await page.getByRole('option', { name: /Område 4: Ledarskap/ }).click();
    await burnUp.getByRole('img', { name: /Utveckling per vecka: Område 4: Ledarskap/ }).waitFor();
    await waitForText(thisWeek, /^\d{4}-W\d\d\s*1\s*0\s*0$/);

    const departments = page.getByTestId('department-roll-up');
    const socialRow = departments.getByTestId(`department-row-${social.id}`);
    await waitForText(socialRow, /Socialförvaltningen\s*2\s*0 av 2\s*1\s*Avviker/);
    await waitForText(
      departments.getByTestId(`department-row-${suite.tenant.department.id}`),
      /Kommunledningsförvaltningen\s*1\s*1 av 1\s*0\s*Enligt plan/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'leadership-insights-dashboard');

    // One click lists the department's actions
    await socialRow.getByRole('link', { name: 'Socialförvaltningen' }).click();
    await page.getByRole('link', { name: 'Ny delegationsordning' }).first().waitFor();
    await page.getByRole('link', { name: 'Digital felanmälan' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Resultatinformation till invånarna' }).count()).toBe(0);
    await screenshot(page, 'leadership-insights-department-actions');
    await page.close();
  });

  it("puts the department head's own department first on the plan's progress tab, beside the burn-up", async () => {
    const page = await suite.newPage();
    await logIn(page, suite.tenant.users.department_head.email, USER_PASSWORD);
    await page.goto(`/#/action-plans/${planId}/show/progress`);
    const rows = page.getByTestId('department-roll-up').locator('tbody tr');
    await waitForText(rows.first(), /Kommunledningsförvaltningen\s*\(din förvaltning\)/);
    await page.getByTestId('burn-up').getByRole('heading', { name: 'Utveckling vecka för vecka' }).waitFor();
    await page.getByRole('button', { name: 'Genomgång inför omvärderingen (PDF)' }).waitFor();
    await screenshot(page, 'leadership-insights-plan-progress');
    await page.close();
  });
});
