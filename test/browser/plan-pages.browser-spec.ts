import { readFileSync } from 'node:fs';
import type { ActionPlanRecord, ActionRecord } from '@kompass/shared';
import type { Page } from 'playwright-core';
import { Api, improvementItems, isoDaysFromNow, planWithActions, USER_PASSWORD } from './support/api';
import { seriousViolations } from './support/axe';
import { logIn, screenshot } from './support/browser';
import { waitForCells, waitForText } from './support/wait';
import { linkFollowUp, planOf2017, referenceAndFollowUp, useBrowserSuite } from './support/suite';

type MunicipalRole = 'coordinator' | 'department_head' | 'leadership';

/**
 * The plan, action, report, outbox and profile pages against one prepared municipality: a closed plan with
 * its re-evaluation linked (the report) and an active plan with due and overdue actions (the start pages).
 * Mail goes to an SMTP port nobody answers, so the outbox has failed mails to show.
 */
describe('plan, action, report, outbox and profile pages', () => {
  const suite = useBrowserSuite({ env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  let coordinatorApi: Api;
  let closedPlan: ActionPlanRecord;
  let activePlan: ActionPlanRecord;
  let dueActions: ActionRecord[];
  let closedActions: ActionRecord[];
  let page: Page;

  beforeAll(async () => {
    coordinatorApi = suite.coordinator;
    const { baseline, followUp } = await referenceAndFollowUp(suite);

    const closed = await planOf2017(suite, baseline.id, await improvementItems(coordinatorApi, baseline.id, 3));
    closedActions = closed.actions;
    await coordinatorApi.request('PUT', `/actions/${closedActions[0].id}`, {
      status: 'done',
      comment: 'Genomfört och redovisat i kommunstyrelsen.',
      version: closedActions[0].version,
    });
    closedPlan = await linkFollowUp(suite, closed.plan.id, followUp.id);

    const active = await planWithActions(coordinatorApi, suite.tenant, {
      baselineEvaluationId: baseline.id,
      title: 'Handlingsplan 2026–2028',
      plannedReEvaluationDate: isoDaysFromNow(500),
      deadline: isoDaysFromNow(20),
      findingIds: (await improvementItems(coordinatorApi, baseline.id, 3, 3)).map((f) => f.id),
    });
    activePlan = active.plan;
    const overdue = await coordinatorApi.request<{ created: ActionRecord[] }>(
      'POST',
      `/action-plans/${activePlan.id}/actions/bulk`,
      {
        findingIds: (await improvementItems(coordinatorApi, baseline.id, 2, 6)).map((f) => f.id),
        ownerId: suite.tenant.users.department_head.id,
        departmentId: suite.tenant.department.id,
        deadline: isoDaysFromNow(-3),
      },
    );
    dueActions = [...active.actions, ...overdue.created];
    // Reminders for the overdue actions, on the next working day from today; the SMTP server does not answer,
    // so they fail
    for (let day = 0; day < 7; day++) {
      const run = await coordinatorApi.request<{ workingDay: boolean; counts: { queued: number } }>(
        'POST',
        '/reminders/run',
        {
          date: isoDaysFromNow(day),
        },
      );
      if (run.workingDay) {
        expect(run.counts.queued).toBeGreaterThan(0);
        break;
      }
    }
    page = await suite.pageAs('coordinator');
  }, 120_000);

  const currentAction = (id: number) => coordinatorApi.request<ActionRecord>('GET', `/actions/${id}`);

  it('409: a change saved meanwhile shows field by field, and mine is re-applied onto it', async () => {
    const action = dueActions[0];
    await page.goto(`/#/actions/${action.id}`);
    const title = page.getByRole('textbox', { name: 'Åtgärd' });
    await waitForText(page.getByRole('heading', { level: 1 }), action.title);
    expect(await title.inputValue()).toBe(action.title);

    // Someone else moves the deadline while the page is open
    const theirDeadline = isoDaysFromNow(45);
    await coordinatorApi.request('PUT', `/actions/${action.id}`, { deadline: theirDeadline, version: action.version });

    await title.fill('Rekryteringskriterium om bemötande');
    await page.getByRole('button', { name: 'Spara' }).click();
    const dialog = page.getByRole('dialog', { name: 'Åtgärden har ändrats sedan du öppnade den' });
    await dialog.waitFor();
    // The same coordinator saved it through the API: not "någon annan"
    await waitForText(dialog.locator('#conflict-intro'), /^Du sparade åtgärden i ett annat fönster/);
    const table = dialog.getByTestId('conflict-table');
    await waitForCells(table.locator('[data-field="title"]'), [
      'Åtgärd',
      action.title,
      'Rekryteringskriterium om bemötande',
      action.title,
      'dig',
    ]);
    await waitForCells(table.locator('[data-field="deadline"]'), [
      'Slutdatum',
      action.deadline,
      action.deadline,
      theirDeadline,
      'du, i ett annat fönster',
    ]);
    await screenshot(page, 'action-conflict', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Spara mina ändringar på nya versionen' }).click();
    await page.getByText('Åtgärden är sparad.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await waitForText(page.getByRole('heading', { level: 1 }), 'Rekryteringskriterium om bemötande');
    const saved = await currentAction(action.id);
    expect({ title: saved.title, deadline: saved.deadline, version: saved.version }).toEqual({
      title: 'Rekryteringskriterium om bemötande',
      deadline: theirDeadline,
      version: action.version + 2,
    });
    // The audit history names both changes
    await waitForText(page.getByTestId('action-audit'), 'Rekryteringskriterium om bemötande');
  });

  it('done needs a comment; the progress report with a link shows in the timeline', async () => {
    const action = dueActions[0];
    await page.getByRole('combobox', { name: 'Status' }).first().click();
    await page.getByRole('option', { name: 'Klar' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Skriv vad som uppnåddes: en klar åtgärd behöver en kommentar.').first().waitFor();
    expect((await currentAction(action.id)).status).toBe('not_started');

    // A progress report with evidence instead
    const report = page.getByRole('form', { name: 'Ny lägesrapport' });
    await report.getByLabel('Framsteg').fill('30');
    await report.getByLabel('Kommentar').fill('Utkast till kriterium skickat på remiss.');
    await report.getByRole('button', { name: 'Lägg till länk' }).click();
    await report.getByLabel('Länktext 1').fill('Remissversion');
    await report.getByLabel('Adress 1').fill('https://intranat.example.se/remiss');
    // A file too: the report goes as multipart, the links as JSON beside it
    await report.getByTestId('report-files').setInputFiles({
      name: 'remissvar.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Remissvar från förvaltningarna'),
    });
    await waitForText(report.getByTestId('report-file-list'), 'remissvar.txt (1 kB)');
    await report.getByRole('button', { name: 'Skicka lägesrapporten' }).click();
    await page.getByText('Lägesrapporten är sparad.').waitFor();
    const update = page.getByTestId('action-update').first();
    await waitForText(update, 'Utkast till kriterium skickat på remiss.');
    await waitForText(update, 'Framsteg: 0 % → 30 %');
    expect(await update.getByRole('link', { name: 'Remissversion' }).getAttribute('href')).toBe(
      'https://intranat.example.se/remiss',
    );
    const [attachment] = await Promise.all([
      page.waitForEvent('download'),
      update.getByRole('button', { name: 'remissvar.txt (1 kB)' }).click(),
    ]);
    expect(attachment.suggestedFilename()).toBe('remissvar.txt');
    expect(readFileSync(await attachment.path(), 'utf8')).toBe('Remissvar från förvaltningarna');
    await screenshot(page, 'action-page');
  });

  /** Present: wait for it. Absent: the page has settled, so it will not come. */
  async function expectShown(
    p: Page,
    role: 'menuitem' | 'button' | 'link' | 'textbox' | 'combobox',
    name: string | RegExp,
    shown: boolean,
  ) {
    const locator = p.getByRole(role, { name });
    if (shown) return locator.first().waitFor({ state: 'visible' });
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(150);
    expect(`${role} "${name}": ${await locator.count()}`).toBe(`${role} "${name}": 0`);
  }

  async function expectAccessible(p: Page, name: string, { fullPage = true } = {}) {
    await screenshot(p, name, { fullPage });
    expect(await seriousViolations(p)).toEqual([]);
  }

  it.each(['coordinator', 'department_head', 'leadership'] as MunicipalRole[])(
    '%s sees what the role may, accessibly',
    async (role) => {
      const p = role === 'coordinator' ? page : await suite.newPage();
      const is = (...roles: MunicipalRole[]) => roles.includes(role);
      try {
        if (role === 'coordinator') await p.goto('/#/');
        else await logIn(p, suite.tenant.users[role].email, USER_PASSWORD);

        // The start page, by role
        if (is('coordinator')) {
          await p.getByRole('heading', { name: 'Försenade åtgärder (2)' }).waitFor();
          await p.getByRole('heading', { name: /^Misslyckade utskick \(\d+\)$/ }).waitFor();
          await p.getByRole('heading', { name: 'Närmaste slutdatum' }).waitFor();
        }
        if (is('leadership')) {
          await p.getByRole('heading', { name: 'Utgångsläget per område' }).waitFor();
          await p.getByTestId('radar-chart').waitFor();
          await waitForText(p.getByTestId('dashboard-days'), /^(499|500)\D/);
        }
        if (is('department_head'))
          await waitForText(p.getByTestId('dashboard-my-summary'), 'Du har 5 öppna åtgärder (2 försenade)');
        await p
          .getByRole('heading', { name: 'Framsteg per område' })
          .or(p.getByRole('heading', { name: 'Dina åtgärder' }))
          .first()
          .waitFor();
        await expectAccessible(p, `dashboard-${role}`);

        await expectShown(p, 'menuitem', 'Handlingsplaner', true);
        await expectShown(p, 'menuitem', 'Åtgärder', true);
        await expectShown(p, 'menuitem', 'Mina åtgärder', is('department_head'));
        await expectShown(p, 'menuitem', 'Utkorg', is('coordinator'));
        await expectShown(p, 'menuitem', 'Logghändelser', is('coordinator'));

        // The active plan: everyone exports; only the coordinator edits and links
        await p.goto(`/#/action-plans/${activePlan.id}/show`);
        await p.getByRole('heading', { level: 1, name: 'Handlingsplan 2026–2028' }).waitFor();
        await p.getByRole('link', { name: dueActions[1].title }).waitFor();
        await expectShown(p, 'button', 'Exportera till Excel', true);
        await expectShown(p, 'button', 'Koppla omvärdering', is('coordinator'));
        await expectShown(p, 'link', 'Redigera', is('coordinator'));
        if (is('coordinator')) {
          await expectAccessible(p, 'plan-actions');
          await p.getByRole('tab', { name: 'Framsteg per område' }).click();
          await p.getByRole('heading', { name: 'Delfrågor utan åtgärd' }).waitFor();
          await p.getByRole('tab', { name: 'Tidslinje' }).click();
          await p.getByRole('heading', { name: 'Tidslinje fram till omvärderingen' }).waitFor();
          await screenshot(p, 'plan-timeline');
          await p.getByRole('tab', { name: 'Inför omvärderingen' }).click();
          await p.getByRole('heading', { name: 'Delfrågor utan åtgärd, flest poäng att vinna först' }).waitFor();
          await expectAccessible(p, 'plan-readiness');
        }

        // The closed plan's report: everyone reads and downloads it
        await p.goto(`/#/action-plans/${closedPlan.id}/show/report`);
        await p.getByRole('heading', { name: 'Omvärdering: Kommunkompassen 2017 → Kommunkompassen 2021' }).waitFor();
        await p.getByTestId('radar-chart').waitFor();
        await expectShown(p, 'button', 'Ladda ner som PDF', true);
        await expectShown(p, 'button', 'Ändra kopplingen', is('coordinator'));
        // Leadership is the report's audience: axe there (the coordinator's differs by one button)
        if (is('leadership')) await expectAccessible(p, 'report-leadership', { fullPage: false });

        // The action page: coordinators plan, department heads report, leadership reads
        const action = dueActions[1];
        await p.goto(`/#/actions/${action.id}`);
        if (is('leadership')) {
          await p.getByText('Åtkomst nekad').first().waitFor();
          await p.goto(`/#/actions/${action.id}/show`);
        }
        await p.getByRole('heading', { name: 'Lägesrapporter' }).waitFor();
        await p.getByRole('heading', { name: 'Historik' }).waitFor();
        await expectShown(p, 'textbox', 'Åtgärd', is('coordinator'));
        await expectShown(p, 'combobox', 'Ansvarig', is('coordinator'));
        await expectShown(p, 'combobox', 'Status', is('coordinator', 'department_head'));
        await expectShown(p, 'button', 'Skicka lägesrapporten', is('coordinator', 'department_head'));
        if (is('department_head')) await expectAccessible(p, 'action-page-department-head');

        // A department head may not reopen a done action: the API's refusal is shown
        if (is('department_head')) {
          // A done action of the active plan: a closed plan's actions are read-only for every role
          const target = dueActions[0];
          const before = await currentAction(target.id);
          await coordinatorApi.request('PUT', `/actions/${target.id}`, {
            status: 'done',
            comment: 'Klar.',
            version: before.version,
          });
          await p.goto(`/#/actions/${target.id}`);
          await p.getByRole('combobox', { name: 'Status' }).first().click();
          await p.getByRole('option', { name: 'Pågår' }).click();
          await p.getByRole('button', { name: 'Spara' }).click();
          await waitForText(
            p.getByTestId('action-refusal'),
            'Bara kvalitetssamordnaren kan öppna en klar eller avbruten åtgärd igen.',
          );
          const done = await currentAction(target.id);
          await coordinatorApi.request('PUT', `/actions/${target.id}`, {
            status: before.status,
            version: done.version,
          });
        }

        // The outbox is the coordinator's
        await p.goto('/#/notifications');
        if (is('coordinator')) {
          await waitForText(p.getByTestId('outbox-error').first(), 'ECONNREFUSED');
          expect(await p.getByText('Misslyckad', { exact: true }).count()).toBeGreaterThan(0);
          await expectAccessible(p, 'outbox');
          await p.goto('/#/audit-events');
          await p.getByRole('columnheader', { name: 'Ändringar' }).waitFor();
          await screenshot(p, 'audit-events');
        } else await p.getByText('Åtkomst nekad').first().waitFor();

        // Mina åtgärder is the department head's
        await p.goto('/#/my-actions');
        if (is('department_head')) {
          await p.getByRole('heading', { level: 1, name: 'Mina åtgärder' }).waitFor();
          await waitForText(p.getByTestId('my-action').first(), dueActions[3].title);
          expect(await p.getByTestId('my-action').count()).toBe(5);
          await expectAccessible(p, 'my-actions');
        } else await p.getByText('Åtkomst nekad').first().waitFor();

        await p.goto('/#/profile');
        await p.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
        await p.getByTestId('calendar-url').waitFor();
        if (is('coordinator')) await expectAccessible(p, 'profile');
      } finally {
        if (p !== page) await p.context().close();
      }
    },
  );

  it('the new pages speak English', async () => {
    await page.goto('/#/profile');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    // Saved on the profile, so the next login opens in English
    for (
      let tries = 0;
      (await coordinatorApi.request<{ locale: string }>('GET', '/auth/me')).locale !== 'en';
      tries++
    ) {
      if (tries > 50) throw new Error('The language was not saved on the profile');
      await page.waitForTimeout(100);
    }

    await page.goto('/#/');
    await page.getByRole('heading', { name: 'Overdue actions (2)' }).waitFor();
    await page.getByRole('heading', { name: 'Latest progress reports' }).waitFor();
    await page.goto(`/#/action-plans/${activePlan.id}/show`);
    for (const tab of ['Actions', 'Progress by area', 'Timeline', 'Before the re-evaluation', 'Re-evaluation'])
      await page.getByRole('tab', { name: tab, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Link re-evaluation' }).waitFor();
    await page.getByRole('tab', { name: 'Re-evaluation', exact: true }).click();
    await page.getByRole('heading', { name: 'No re-evaluation linked yet' }).waitFor();

    await page.goto(`/#/action-plans/${closedPlan.id}/show/report`);
    await page.getByRole('heading', { name: 'Re-evaluation: Kommunkompassen 2017 → Kommunkompassen 2021' }).waitFor();
    await waitForCells(page.getByTestId('area-deltas').locator('[data-area="5"]'), [
      /^Area 5/,
      '49/100',
      '47/100',
      '−2',
      '↓Declined',
    ]);
    await page.getByRole('heading', { name: 'Insights' }).waitFor();
    await screenshot(page, 'report-en');

    await page.goto(`/#/actions/${dueActions[0].id}`);
    await page.getByRole('heading', { name: 'Change the action' }).waitFor();
    await page.getByRole('heading', { name: 'Progress reports' }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('button', { name: 'Send the progress report' }).waitFor();

    await page.goto('/#/notifications');
    await page.getByText('Failed', { exact: true }).first().waitFor();
    await page.getByRole('columnheader', { name: 'Attempts' }).waitFor();

    await page.goto('/#/profile');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
  });

  it('profile: the calendar link is copied and renewed; a new password keeps the session with a fresh token', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const url = page.getByTestId('calendar-url');
    const first = await url.inputValue();
    expect(first).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    await page.getByRole('button', { name: 'Kopiera länken' }).click();
    await page
      .getByText(/^Länken är (kopierad|markerad)/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Skapa en ny länk' }).click();
    await page.getByRole('button', { name: 'Skapa ny länk' }).click();
    await page.getByText('En ny kalenderlänk är skapad; den gamla fungerar inte längre.').waitFor();
    expect(await url.inputValue()).not.toBe(first);

    const tokenBefore = await page.evaluate(() => localStorage.getItem('kompass.token'));
    await page.getByLabel(/^Nuvarande lösenord/).fill(USER_PASSWORD);
    await page.getByLabel(/^Nytt lösenord/).fill('Ett-nytt-lösenord-2026');
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill('Ett-nytt-lösenord-2026');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText(/^Lösenordet är bytt/).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kompass.token'))).not.toBe(tokenBefore);
    // The old token no longer works, the stored one does: the app carries on
    await page.getByRole('menuitem', { name: 'Handlingsplaner' }).click();
    await page.getByRole('cell', { name: 'Handlingsplan 2026–2028' }).waitFor();
    await Api.login(suite.server.baseUrl, suite.tenant.users.coordinator.email, 'Ett-nytt-lösenord-2026');
  });
});
