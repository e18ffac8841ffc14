import { waitForText } from './support/wait';
import { importFollowUp, linkFollowUp, referencePlan, useBrowserSuite } from './support/suite';

/**
 * Issue #14 item 5: once its re-evaluation is linked, the only plan of a municipality is closed. The start pages
 * say so, and by which evaluation, instead of counting days to a re-evaluation that has happened.
 */
describe('start pages of a closed plan', () => {
  const suite = useBrowserSuite();
  let openActionId: number;
  let openActionTitle: string;

  beforeAll(async () => {
    const { plan, actions } = await referencePlan(suite, {
      items: 2,
      title: 'Handlingsplan 2017–2021',
      plannedReEvaluationDate: '2022-09-30',
      deadline: '2022-06-30',
    });
    await linkFollowUp(suite, plan.id, (await importFollowUp(suite)).id);
    openActionId = actions[0].id;
    openActionTitle = actions[0].title;
  }, 120_000);

  it.each(['coordinator', 'leadership'] as const)(
    '%s: the plan says it is closed and by which evaluation, with no countdown',
    async (role) => {
      const p = await suite.pageAs(role);
      await waitForText(
        p.getByTestId('plan-closed-note'),
        /avslutades .+ när omvärderingen ”Kommunkompassen 2021” kopplades/,
      );
      await waitForText(p.getByTestId('dashboard-done'), /\d+\/\d+/);
      expect(await p.getByTestId('dashboard-days').count()).toBe(0);
      await p.close();
    },
  );

  it('an open action of the closed plan is read-only, with a pointer to carry-over for the coordinator', async () => {
    const p = await suite.pageAs('coordinator');
    await p.goto(`/#/actions/${openActionId}/show`);
    await waitForText(
      p.getByTestId('action-plan-closed'),
      /Kommunkompassen 2021.*kan inte längre ändras.*Flytta öppna åtgärder/s,
    );
    expect(await p.getByRole('link', { name: 'Ändra och rapportera' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    await p.close();
  });

  it.each(['coordinator', 'department_head'] as const)(
    "%s: the action list offers no edit page for the closed plan's actions",
    async (role) => {
      const p = await suite.pageAs(role);
      await p.goto('/#/actions');
      const title = p.getByRole('link', { name: openActionTitle, exact: true });
      await title.waitFor();
      // The plans load after the rows: wait until their closed state has reached the links
      let href = await title.getAttribute('href');
      for (let tries = 0; tries < 100 && !href?.endsWith('/show'); tries++) {
        await p.waitForTimeout(100);
        href = await title.getAttribute('href');
      }
      expect(href).toBe(`#/actions/${openActionId}/show`);
      await title.click();
      await waitForText(p.getByTestId('action-plan-closed'), /kan inte längre ändras/);
      expect(p.url()).toMatch(new RegExp(`#/actions/${openActionId}/show$`));
      await p.close();
    },
  );

  it('department head: "no open actions" is said once', async () => {
    const p = await suite.pageAs('department_head');
    await waitForText(p.getByTestId('dashboard-my-summary'), 'Du har inga öppna åtgärder just nu.');
    expect(await p.getByText('Du har inga öppna åtgärder just nu.').count()).toBe(1);
    await p.close();
  });
});
