import { ActionStatus, KK2016, type ScoreVerdict } from '@kompass/shared';
import { sampleReport, SAMPLE_ACTIONS } from '../../../test/fixtures/reevaluation-report.sample';
import {
  actionsById,
  attachActions,
  buildInsights,
  countActions,
  placeAction,
  type PlanAction,
} from './report-actions';

const action = (overrides: Partial<PlanAction>): PlanAction => ({
  id: 1,
  title: 'Åtgärd',
  status: ActionStatus.NotStarted,
  progress: 0,
  deadline: '2021-01-01',
  doneAt: null,
  questionCodes: [],
  findings: [],
  ...overrides,
});

describe('placeAction', () => {
  it('places an action by its own codes (its items’ or its override), not by its items’ codes again, ignoring codes the framework lacks', () => {
    // The items' codes were corrected to 2.1 after the action overrode them with 1.3: the action stays on 1.3 only.
    const placed = placeAction(
      action({ questionCodes: ['1.3', '9.9'], findings: [{ area: 2, questionCodes: ['2.1'] }] }),
      KK2016,
    );
    expect(placed).toEqual({ codes: ['1.3'], areas: [1, 2] });
  });

  it('places an action without codes in its findings’ areas only', () => {
    expect(
      placeAction(
        action({
          findings: [
            { area: 6, questionCodes: [] },
            { area: 4, questionCodes: [] },
          ],
        }),
        KK2016,
      ),
    ).toEqual({ codes: [], areas: [4, 6] });
    expect(placeAction(action({}), KK2016)).toEqual({ codes: [], areas: [] });
  });
});

describe('actionsById', () => {
  it('resolves ids to the report’s actions, in the order given', () => {
    const report = sampleReport();
    expect(actionsById(report)([2, 1]).map((a) => a.title)).toEqual([SAMPLE_ACTIONS[1].title, SAMPLE_ACTIONS[0].title]);
  });
});

describe('countActions', () => {
  it('counts every status, zero when none', () => {
    expect(
      countActions([{ status: ActionStatus.Done }, { status: ActionStatus.Done }, { status: ActionStatus.Blocked }]),
    ).toEqual({
      not_started: 0,
      in_progress: 0,
      blocked: 1,
      done: 2,
      cancelled: 0,
    });
  });
});

describe('attachActions (through the sample report)', () => {
  const report = sampleReport();
  const question = (code: string) => report.questions.find((q) => q.code === code)!;

  it('lists the ids of the actions under their sub-questions, by deadline, and each action once', () => {
    expect(question('1.3').actionIds).toEqual([1, 2]);
    expect(report.actions.find((a) => a.id === 1)).toEqual({
      id: 1,
      title: SAMPLE_ACTIONS[0].title,
      status: 'done',
      progress: 100,
      deadline: '2020-12-31',
      doneAt: '2020-11-20T10:00:00.000Z',
      questionCodes: ['1.3'],
      areas: [1],
    });
    expect(question('1.3').actionCounts).toMatchObject({ done: 1, in_progress: 1, not_started: 0 });
    expect(question('3.5').actionIds).toEqual([5]); // its finding's code, which it follows
    expect(question('1.1').actionIds).toEqual([]);
    expect(report.actions.map((a) => a.id)).toEqual([5, 3, 1, 7, 8, 4, 2, 6]);
    // Every id under a row names an action of the report.
    const ids = new Set(report.actions.map((a) => a.id));
    expect(
      [...report.questions.flatMap((q) => q.actionIds), ...report.areas.flatMap((a) => a.areaActionIds)].every((id) =>
        ids.has(id),
      ),
    ).toBe(true);
  });

  it('counts per area every action concerning it, and lists code-less actions under the area', () => {
    expect(report.areas[0].actionCounts).toMatchObject({ done: 1, in_progress: 1 });
    expect(report.areas[5].areaActionIds).toEqual([6]);
    expect(report.areas[5].actionCounts.not_started).toBe(1);
    expect(report.areas[0].areaActionIds).toEqual([]);
    expect(report.actions).toHaveLength(8);
    expect(report.actions.find((a) => a.id === 6)).toMatchObject({ questionCodes: [], areas: [6] });
  });

  it('lists every action of an area under it at area level', () => {
    const comparison = { ...report, level: 'area' as const, questions: [] };
    const placed = attachActions(comparison, KK2016, SAMPLE_ACTIONS);
    expect(placed.areas[0].areaActionIds).toEqual([1, 2]);
    expect(placed.areas[0].actionCounts).toMatchObject({ done: 1, in_progress: 1 });
    expect(placed.questions).toEqual([]);
  });
});

describe('buildInsights', () => {
  it('sorts sub-questions into the four insights, largest change first', () => {
    const { insights } = sampleReport();
    const codes = (list: { code: string | null }[]) => list.map((i) => i.code);
    expect(codes(insights.improvedWithDoneActions)).toEqual(['1.3', '3.5']);
    // 8.2 has only a cancelled action: that is no work done on it.
    expect(codes(insights.improvedWithoutActions)).toEqual(['2.1', '8.2']);
    expect(codes(insights.unchangedDespiteDoneActions)).toEqual(['4.2']);
    expect(codes(insights.declined)).toEqual(['5.5', '7.5']);
    expect(insights.declined[0]).toEqual({
      code: '5.5',
      area: 5,
      text: expect.stringContaining('jämförelser'),
      before: 6,
      after: 4,
      delta: -2,
      max: 20,
      actions: 1,
      doneActions: 0,
    });
  });

  it('puts every sub-question with a change into exactly one insight, also one that rose while its actions are not done', () => {
    const row = (code: string, before: number, after: number, statuses: ActionStatus[]) => {
      const verdict: ScoreVerdict = after > before ? 'improved' : after < before ? 'declined' : 'unchanged';
      return {
        code,
        area: Number(code.split('.')[0]),
        text: `Delfråga ${code}`,
        before,
        after,
        delta: after - before,
        max: 20,
        verdict,
        actionCounts: countActions(statuses.map((status) => ({ status }))),
      };
    };
    const rows = [
      row('1.1', 5, 13, [ActionStatus.InProgress, ActionStatus.NotStarted]),
      row('1.2', 5, 10, [ActionStatus.Blocked]),
      row('1.3', 5, 7, [ActionStatus.Done, ActionStatus.InProgress]),
      row('1.4', 5, 6, []),
      row('1.5', 5, 9, [ActionStatus.Cancelled]),
      row('2.1', 5, 3, [ActionStatus.InProgress]),
      row('2.2', 5, 5, [ActionStatus.InProgress]),
    ];
    const insights = buildInsights(rows);
    const codes = (list: { code: string | null }[]) => list.map((i) => i.code);
    expect(codes(insights.improvedWithPlannedActions)).toEqual(['1.1', '1.2']);
    const placed = Object.values(insights).flatMap((list) => codes(list));
    for (const r of rows.filter((x) => x.delta !== 0)) expect(placed.filter((c) => c === r.code)).toHaveLength(1);
  });

  it('uses areas when the comparison is at area level', () => {
    const rows = [
      {
        area: 1,
        name: 'Ett',
        before: 40,
        after: 50,
        delta: 10,
        max: 100,
        verdict: 'improved' as const,
        statedBefore: null,
        statedAfter: null,
        actionCounts: countActions([{ status: ActionStatus.Done }]),
      },
      {
        area: 2,
        name: 'Två',
        before: 40,
        after: null,
        delta: null,
        max: 100,
        verdict: null,
        statedBefore: null,
        statedAfter: null,
        actionCounts: countActions([]),
      },
    ];
    const insights = buildInsights(rows);
    expect(insights.improvedWithDoneActions).toEqual([
      { code: null, area: 1, text: 'Ett', before: 40, after: 50, delta: 10, max: 100, actions: 1, doneActions: 1 },
    ]);
    expect(insights.declined).toEqual([]);
  });
});
