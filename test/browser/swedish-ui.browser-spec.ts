import type { Browser, Page } from 'playwright-core';
import { Api, createTenant, improvementItems, importReferenceReport, isoDaysFromNow, planWithActions, type Tenant, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { launchBrowser, logIn, logInAsAdmin, newPage, screenshot } from './support/browser';
import { type KompassServer, startKompass } from './support/server';

/** Raw i18n keys, raw values and English that must never reach the Swedish UI. */
const LEAKS: [string, RegExp][] = [
  ['object', /\[object Object\]/],
  ['raw key', /\b(kompass|ra|resources)\.[a-z_]+\.[a-z_.]+/],
  ['raw value', /\b(undefined|NaN|Invalid Date|null)\b/],
  ['raw field', /\b[a-z]+[A-Z][A-Za-z]*:/],
  ['English', /\b(the|and|of|was|were|found|Save|Cancel|Delete|Search|Loading|No results|Dashboard|deadline|improvement|strength|Baseline)\b/],
];

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Swedish UI walk', () => {
  let server: KompassServer;
  let browser: Browser;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startKompass();
    browser = await launchBrowser();
    tenant = await createTenant(await Api.asAdmin(server.baseUrl));
    const coordinator = await Api.login(server.baseUrl, tenant.users.coordinator.email, USER_PASSWORD);
    const { evaluation } = await importReferenceReport(coordinator);
    await planWithActions(coordinator, tenant, {
      baselineEvaluationId: evaluation.id,
      title: 'Handlingsplan 2018',
      plannedReEvaluationDate: isoDaysFromNow(300),
      deadline: isoDaysFromNow(60),
      findingIds: (await improvementItems(coordinator, evaluation.id, 3)).map((f) => f.id),
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function leaksOn(page: Page): Promise<string[]> {
    const text = await page.locator('body').innerText();
    return LEAKS.flatMap(([kind, pattern]) => {
      const match = pattern.exec(text);
      return match ? [`${kind}: "${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}"`] : [];
    });
  }

  it('greets the first admin without repeating the role, and the focused skip link is readable', async () => {
    const page = await newPage(browser, server.baseUrl);
    await logInAsAdmin(page);
    const greeting = await page.getByText(/^Du är inloggad som/).innerText();
    expect(greeting).toBe('Du är inloggad som Administratör.');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Hoppa till huvudinnehållet' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.waitForTimeout(400); // its slide-in transition
    const { color, background } = await skip.evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
    await screenshot(page, 'skip-link-focused', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  const roles = [
    ['admin', null],
    ['coordinator', 'coordinator'],
    ['department_head', 'department_head'],
    ['leadership', 'leadership'],
  ] as const;

  it.each(roles)('shows every page of the menu in Swedish to %s', async (role, user) => {
    const page = await newPage(browser, server.baseUrl);
    if (user) await logIn(page, tenant.users[user].email, USER_PASSWORD);
    else await logInAsAdmin(page);
    const menu = page.getByRole('menuitem');
    const names = (await menu.allInnerTexts()).map((n) => n.trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(1);
    const found: string[] = [];
    for (const name of names) {
      await page.getByRole('menuitem', { name, exact: true }).first().click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await screenshot(page, `walk-${role}-${name.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-')}`, { fullPage: false });
      found.push(...(await leaksOn(page)).map((leak) => `${name}: ${leak}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 300_000);
});
