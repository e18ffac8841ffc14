import type { Page } from 'playwright-core';
import { importReferenceReport, USER_PASSWORD } from './support/api';
import { logIn, logInAsAdmin, screenshot } from './support/browser';
import { waitForText } from './support/wait';
import { useBrowserSuite } from './support/suite';

type RoleName = 'admin' | 'coordinator' | 'department_head' | 'leadership';

/** What each role may see; the API enforces the same, the UI only hides what a role cannot use. */
const EXPECTED: Record<RoleName, { municipalities: boolean; writes: boolean }> = {
  admin: { municipalities: true, writes: true },
  coordinator: { municipalities: false, writes: true },
  department_head: { municipalities: false, writes: false },
  leadership: { municipalities: false, writes: false },
};

describe('what each role sees', () => {
  const suite = useBrowserSuite();
  let evaluationId: number;

  beforeAll(async () => {
    const coordinator = suite.coordinator;
    evaluationId = (await importReferenceReport(coordinator)).evaluation.id;
  }, 120_000);

  /** Present: wait for it. Absent: the page has settled (no requests in flight), so it will not come. */
  async function expectShown(
    page: Page,
    role: 'menuitem' | 'button' | 'link' | 'combobox',
    name: string | RegExp,
    shown: boolean,
  ) {
    const locator = page.getByRole(role, { name });
    if (shown) return locator.first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    expect(`${role} "${name}": ${await locator.count()}`).toBe(`${role} "${name}": 0`);
  }

  it.each(Object.keys(EXPECTED) as RoleName[])('%s', async (role) => {
    const expected = EXPECTED[role];
    const page = await suite.newPage();
    try {
      if (role === 'admin') await logInAsAdmin(page);
      else await logIn(page, suite.tenant.users[role].email, USER_PASSWORD);

      // Menu: everyone reads evaluations and findings; only admins manage municipalities
      await page.getByRole('menuitem', { name: 'Utvärderingar' }).waitFor();
      await expectShown(page, 'menuitem', 'Iakttagelser', true);
      await expectShown(page, 'menuitem', 'Kommuner', expected.municipalities);

      // The start page offers the import only to those who may import
      await page.getByRole('heading', { name: 'Senaste utvärderingen' }).waitFor();
      await expectShown(page, 'link', 'Till importen', expected.writes);

      await page.getByRole('menuitem', { name: 'Utvärderingar' }).click();
      await page.getByRole('cell', { name: 'Kommunkompassen 2017' }).waitFor();
      await expectShown(page, 'link', 'Importera utvärdering', expected.writes);
      await screenshot(page, `roles-${role}-evaluations`);

      await page.goto(`/#/evaluations/${evaluationId}/show`);
      await waitForText(page.getByTestId('evaluation-total'), '427/800');
      await page.getByRole('heading', { name: 'Styrkor och förbättringsmöjligheter' }).waitFor();
      await expectShown(page, 'button', 'Rätta poäng', expected.writes);
      await expectShown(page, 'button', 'Skapa åtgärder', expected.writes);
      await expectShown(page, 'button', 'Ta bort', expected.writes);
      // Coordinators link each of the 86 findings to sub-questions; others see the codes only
      await expectShown(page, 'combobox', 'Delfrågor', expected.writes);
      if (expected.writes) expect(await page.getByRole('combobox', { name: 'Delfrågor' }).count()).toBe(86);
      await screenshot(page, `roles-${role}-evaluation`);

      if (!expected.writes) {
        await page.goto('/#/evaluations/create');
        await page.getByText('Åtkomst nekad').first().waitFor();
        expect(await page.getByTestId('import-file').count()).toBe(0);
      }
    } finally {
      await page.context().close();
    }
  });
});
