import { ActionStatus, Judgement, KK2016 } from '@kompass/shared';
import { buildScoreSheet } from '../evaluations/evaluation-scores';
import { BASELINE_SCORES } from '../../../test/fixtures/reevaluation-report.sample';
import { buildReadiness, type ReadinessInput } from './readiness';
import type { PlanAction } from './report-actions';

const action = (
  id: number,
  status: ActionStatus,
  questionCodes: string[],
  findings: PlanAction['findings'] = [],
): PlanAction => ({
  id,
  title: `Åtgärd ${id}`,
  status,
  progress: status === ActionStatus.Done ? 100 : 0,
  deadline: '2021-01-01',
  doneAt: null,
  questionCodes,
  findings,
});

function input(
  actions: PlanAction[],
  links: [number, number[]][],
  items: ReadinessInput['improvementItems'],
): ReadinessInput {
  const sheet = buildScoreSheet(
    KK2016,
    Object.entries(BASELINE_SCORES).map(([code, achieved]) => ({ code, achieved })),
    new Map(),
    false,
  );
  return {
    plan: { id: 1, title: 'Plan', plannedReEvaluationDate: '2021-09-30', followUpEvaluationId: null },
    asOf: '2021-06-01',
    daysToReEvaluation: 121,
    baseline: {
      id: 1,
      label: 'KK 2017',
      date: '2017-09-01',
      datePrecision: 'month',
      total: 427,
      max: 800,
      frameworkCode: 'KK2016',
      areaLevelOnly: false,
    },
    framework: KK2016,
    sheet,
    actions,
    findingIdsByAction: new Map(links),
    improvementItems: items,
  };
}

describe('buildReadiness', () => {
  const items = [
    { id: 101, area: 1, questionCodes: ['1.3'] },
    { id: 102, area: 1, questionCodes: ['1.3', '1.4'] },
    { id: 103, area: 2, questionCodes: ['2.1'] },
    { id: 104, area: 6, questionCodes: [] },
    { id: 105, area: 8, questionCodes: ['8.2'] },
  ];
  const actions = [
    action(1, ActionStatus.Done, ['1.3'], [{ area: 1, questionCodes: ['1.3'] }]),
    action(2, ActionStatus.InProgress, ['1.3']),
    action(3, ActionStatus.NotStarted, [], [{ area: 6, questionCodes: [] }]),
    action(4, ActionStatus.Cancelled, ['8.2'], [{ area: 8, questionCodes: ['8.2'] }]),
  ];
  const readiness = buildReadiness(
    input(
      actions,
      [
        [1, [101]],
        [3, [104]],
        [4, [105]],
      ],
      items,
    ),
  );
  const q = (code: string) => readiness.questions.find((x) => x.code === code)!;

  it('gives per sub-question the baseline score, actions planned and done, and open improvement items', () => {
    expect(q('1.3')).toEqual({
      code: '1.3',
      area: 1,
      text: 'Informerar invånare om resultat?',
      max: 25,
      baseline: 7,
      improvementItems: 2,
      unansweredItems: 1,
      actionsPlanned: 2,
      actionsDone: 1,
      actionsAtRisk: 0,
      lacksActions: false,
      withoutActions: false,
      pointsToGain: 18,
    });
    // 1.4 shares item 102 with 1.3 but no action works on 1.4 itself.
    expect(q('1.4')).toMatchObject({
      baseline: 15,
      improvementItems: 1,
      unansweredItems: 1,
      actionsPlanned: 0,
      lacksActions: true,
    });
    expect(q('2.1')).toMatchObject({ improvementItems: 1, unansweredItems: 1, actionsPlanned: 0, lacksActions: true });
    // A cancelled action neither plans work nor answers its item.
    expect(q('8.2')).toMatchObject({ improvementItems: 1, unansweredItems: 1, actionsPlanned: 0, lacksActions: true });
    expect(q('3.1')).toMatchObject({ improvementItems: 0, lacksActions: false });
  });

  it('sums per area, counting code-less items and actions in their area', () => {
    expect(readiness.areas[0]).toEqual({
      area: 1,
      name: 'Offentlighet och demokrati',
      max: 100,
      baseline: 45,
      improvementItems: 2,
      unansweredItems: 1,
      actionsPlanned: 2,
      actionsDone: 1,
      questionsLackingActions: 1,
    });
    expect(readiness.areas[5]).toMatchObject({
      improvementItems: 1,
      unansweredItems: 0,
      actionsPlanned: 1,
      actionsDone: 0,
      questionsLackingActions: 0,
    });
  });

  it('totals the plan and passes the days through', () => {
    expect(readiness.totals).toEqual({
      improvementItems: 5,
      unansweredItems: 3,
      actionsPlanned: 3,
      actionsDone: 1,
      questionsLackingActions: 3,
      questionsWithoutActions: 44,
    });
    expect(readiness.actionCounts).toEqual({ not_started: 1, in_progress: 1, blocked: 0, done: 1, cancelled: 1 });
    expect(readiness.daysToReEvaluation).toBe(121);
    expect(readiness.questions).toHaveLength(45);
  });

  it('counts the actions at risk or off track per sub-question, by the judgements given', () => {
    const judged = buildReadiness({
      ...input(actions, [[1, [101]]], items),
      judgementOf: new Map([
        [1, Judgement.OnTrack],
        [2, Judgement.OffTrack],
        [4, Judgement.AtRisk],
      ]),
    });
    expect(judged.questions.find((x) => x.code === '1.3')).toMatchObject({ actionsPlanned: 2, actionsAtRisk: 1 });
    // a cancelled action is not planned, so neither is it at risk
    expect(judged.questions.find((x) => x.code === '8.2')).toMatchObject({ actionsPlanned: 0, actionsAtRisk: 0 });
  });
});
