import { KK2016 } from '@kompass/shared';
import { buildScoreSheet } from '../evaluations/evaluation-scores';
import { BASELINE_SCORES, EXPECTED, FOLLOW_UP_SCORES } from '../../../test/fixtures/reevaluation-report.sample';
import { RONNEBY_2017_STATED_TOTALS } from '../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import { compareSheets, scoreDelta, verdictOf, type ComparedSide } from './comparison';

function side(
  id: number,
  evaluatedAt: string,
  scores: Record<string, number>,
  stated: Record<number, number> = {},
  areaLevelOnly = false,
): ComparedSide {
  return {
    evaluation: { id, label: `Utvärdering ${id}`, evaluatedAt, evaluatedAtPrecision: 'month', areaLevelOnly },
    frameworkCode: 'KK2016',
    sheet: buildScoreSheet(
      KK2016,
      Object.entries(scores).map(([code, achieved]) => ({ code, achieved })),
      new Map(Object.entries(stated).map(([a, t]) => [Number(a), t])),
      areaLevelOnly,
    ),
  };
}

describe('verdictOf and scoreDelta', () => {
  it('names the direction and keeps a missing side missing', () => {
    expect([verdictOf(3), verdictOf(0), verdictOf(-1), verdictOf(null)]).toEqual([
      'improved',
      'unchanged',
      'declined',
      null,
    ]);
    expect(scoreDelta(7, 12, 25)).toEqual({ before: 7, after: 12, delta: 5, max: 25 });
    expect(scoreDelta(null, 12, 25)).toEqual({ before: null, after: 12, delta: null, max: 25 });
  });
});

describe('compareSheets', () => {
  const comparison = compareSheets(
    side(1, '2017-09-01', BASELINE_SCORES, RONNEBY_2017_STATED_TOTALS),
    side(2, '2021-10-01', FOLLOW_UP_SCORES),
  );

  it('gives exact totals, area deltas and sub-question deltas for the reference report and its re-evaluation', () => {
    expect(comparison.level).toBe('question');
    expect(comparison.total).toEqual(EXPECTED.total);
    expect(comparison.areas.map((a) => a.before)).toEqual(EXPECTED.areas.before);
    expect(comparison.areas.map((a) => a.after)).toEqual(EXPECTED.areas.after);
    expect(comparison.areas.map((a) => a.delta)).toEqual(EXPECTED.areas.delta);
    expect(comparison.questions).toHaveLength(45);
    const changed = Object.fromEntries(comparison.questions.filter((q) => q.delta !== 0).map((q) => [q.code, q.delta]));
    expect(changed).toEqual(EXPECTED.questionDeltas);
    expect(comparison.questions.find((q) => q.code === '1.3')).toMatchObject({
      area: 1,
      before: 7,
      after: 12,
      delta: 5,
      max: 25,
      verdict: 'improved',
    });
    expect(comparison.questions.find((q) => q.code === '5.5')).toMatchObject({
      before: 6,
      after: 4,
      delta: -2,
      verdict: 'declined',
    });
    expect(comparison.questions.filter((q) => q.verdict === 'unchanged')).toHaveLength(39);
  });

  it('keeps the stated area total beside the sum and warns where they differ (area 3: 65 printed, 64 summed)', () => {
    expect(comparison.areas[2]).toMatchObject({ area: 3, before: 64, statedBefore: 65, after: 66, statedAfter: null });
    expect(comparison.warnings).toEqual([
      expect.objectContaining({
        code: 'area-total-mismatch',
        evaluation: 'baseline',
        area: 3,
        stated: 65,
        derived: 64,
      }),
    ]);
  });

  it('describes both evaluations with their totals', () => {
    expect(comparison.baseline).toEqual({
      id: 1,
      label: 'Utvärdering 1',
      date: '2017-09-01',
      datePrecision: 'month',
      total: 427,
      max: 800,
      frameworkCode: 'KK2016',
      areaLevelOnly: false,
    });
    expect(comparison.followUp.total).toBe(437);
  });

  it('compares at area level when one evaluation has area totals only, and says so', () => {
    const totals = { 1: 50, 2: 55, 3: 60, 4: 48, 5: 40, 6: 60, 7: 45, 8: 70 };
    const result = compareSheets(
      side(1, '2017-09-01', BASELINE_SCORES, RONNEBY_2017_STATED_TOTALS),
      side(2, '2021-10-01', {}, totals, true),
    );
    expect(result.level).toBe('area');
    expect(result.questions).toEqual([]);
    expect(result.areas.map((a) => a.delta)).toEqual([5, 5, -4, 0, -9, 0, 0, 4]);
    expect(result.total).toEqual({ before: 427, after: 428, delta: 1, max: 800 });
    expect(result.areas[4].verdict).toBe('declined');
    // The area-level side's stated totals are its totals, so only the baseline's area 3 mismatch is a warning.
    expect(result.warnings.map((w) => `${w.code}:${w.evaluation}:${w.area}`)).toEqual([
      'area-total-mismatch:baseline:3',
    ]);
  });

  it('warns about a sub-question scored on one side only and leaves its delta and verdict empty', () => {
    const { '2.3': _dropped, ...partial } = FOLLOW_UP_SCORES;
    const result = compareSheets(side(1, '2017-09-01', BASELINE_SCORES), side(2, '2021-10-01', partial));
    expect(result.questions.find((q) => q.code === '2.3')).toMatchObject({
      before: 11,
      after: null,
      delta: null,
      verdict: null,
    });
    expect(result.areas[1]).toMatchObject({ before: 50, after: 42 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'missing-score', evaluation: 'followUp', questionCode: '2.3', area: 2 }),
    ]);
  });

  it('warns when the baseline is the later of the two', () => {
    const result = compareSheets(side(2, '2021-10-01', FOLLOW_UP_SCORES), side(1, '2017-09-01', BASELINE_SCORES));
    expect(result.total.delta).toBe(-10);
    expect(result.warnings.map((w) => w.code)).toContain('reversed-order');
  });
});
