import type { Page } from 'playwright-core';
import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
import { Api, isoDaysFromNow, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { logIn, logInAsAdmin, screenshot } from './support/browser';
import { referencePlan, useBrowserSuite } from './support/suite';

/** Raw i18n keys, raw values and English that must never reach the Swedish UI. */
const LEAKS: [string, RegExp][] = [
  ['object', /\[object Object\]/],
  ['raw key', /\b(kompass|ra|resources)\.[a-z_]+\.[a-z_.]+/],
  ['raw value', /\b(undefined|NaN|Invalid Date|null)\b/],
  ['raw field', /\b[a-z]+[A-Z][A-Za-z]*:/],
  [
    'English',
    /\b(the|and|of|was|were|found|Save|Cancel|Delete|Edit|Search|Loading|No results|Dashboard|deadline|improvement|strength|Baseline)\b/i,
  ],
  // Swedish plurals: one takes the singular, every other count (0 too) the plural
  [
    'plural',
    /(?<![\d.,/])\b1 (åtgärder|iakttagelser|delfrågor|förbättringsmöjligheter|styrkor|dagar|utvärderingar|lägesrapporter|handlingsplaner|förvaltningar|användare har)\b/,
  ],
  [
    'singular',
    /(?<![\d.,/:-])\b(0|[2-9]|\d{2,}) (åtgärd|iakttagelse|delfråga|förbättringsmöjlighet|styrka|dag|utvärdering|lägesrapport|handlingsplan|förvaltning)\b/,
  ],
  ['hand-made count', /\b0 av en\b|\b1 klara\b/],
];

/** "Handlingsplaner" → "handlingsplaner", for screenshot names. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-zåäö0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Swedish UI walk', () => {
  const suite = useBrowserSuite();
  let evaluationId: number;
  let plan: ActionPlanRecord;
  let actions: ActionRecord[];

  beforeAll(async () => {
    const coordinator = suite.coordinator;
    const made = await referencePlan(suite, { items: 3 });
    ({ plan, actions } = made);
    evaluationId = made.evaluation.id;
    // The loop under way: one action done, one reported on, one overdue, so every count is 1 somewhere
    const head = await Api.login(suite.server.baseUrl, suite.tenant.users.department_head.email, USER_PASSWORD);
    await head.request('POST', `/actions/${actions[0].id}/updates`, {
      version: actions[0].version,
      status: 'done',
      progress: 100,
      comment: 'Klart och infört.',
    });
    await head.request('POST', `/actions/${actions[1].id}/updates`, {
      version: actions[1].version,
      status: 'in_progress',
      progress: 40,
      comment: 'Vi har börjat.',
    });
    await coordinator.request('PUT', `/actions/${actions[2].id}`, {
      version: actions[2].version,
      deadline: isoDaysFromNow(-5),
    });
  }, 120_000);

  async function leaksOn(page: Page): Promise<string[]> {
    const text = await page.locator('body').innerText();
    return LEAKS.flatMap(([kind, pattern]) => {
      const match = pattern.exec(text);
      return match
        ? [`${kind}: "${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}"`]
        : [];
    });
  }

  it('greets the first admin without repeating the role, and the focused skip link is readable', async () => {
    const page = await suite.newPage();
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
    await screenshot(page, 'admin-skip-link-focused', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  const roles = [
    ['admin', null],
    ['coordinator', 'coordinator'],
    ['department_head', 'department_head'],
    ['leadership', 'leadership'],
  ] as const;

  /** The pages behind the menu's lists: a plan and each of its tabs, an action, the evaluation, the profile. */
  const detailPages = (): [string, string][] => [
    ['handlingsplan', `/action-plans/${plan.id}/show`],
    ['handlingsplan-framsteg', `/action-plans/${plan.id}/show/progress`],
    ['handlingsplan-tidslinje', `/action-plans/${plan.id}/show/timeline`],
    ['handlingsplan-infor-omvarderingen', `/action-plans/${plan.id}/show/readiness`],
    ['handlingsplan-omvardering', `/action-plans/${plan.id}/show/report`],
    ['atgard', `/actions/${actions[1].id}/show`],
    ['atgard-andra', `/actions/${actions[1].id}`],
    ['utvardering', `/evaluations/${evaluationId}/show`],
    ['profil', '/profile'],
  ];

  it.each(roles)(
    'shows every main page in Swedish to %s',
    async (role, user) => {
      const page = await suite.newPage();
      if (user) await logIn(page, suite.tenant.users[user].email, USER_PASSWORD);
      else await logInAsAdmin(page);
      const menu = page.getByRole('menuitem');
      const names = (await menu.allInnerTexts()).map((n) => n.trim()).filter(Boolean);
      expect(names.length).toBeGreaterThan(1);
      const found: string[] = [];
      const check = async (name: string) => {
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        await screenshot(page, `${role}-${name}`);
        found.push(...(await leaksOn(page)).map((leak) => `${name}: ${leak}`));
      };
      for (const name of names) {
        await page.getByRole('menuitem', { name, exact: true }).first().click();
        await check(slug(name));
      }
      for (const [name, path] of detailPages()) {
        await page.goto(`/#${path}`);
        await check(name);
      }
      expect(found).toEqual([]);
      await page.context().close();
    },
    300_000,
  );
});
