import {
  CROSSWALK_CAVEAT,
  findCrosswalkProblems,
  KK2016,
  KK2016_TO_KK2020,
  KK2020,
  type FrameworkDefinition,
} from '@kompass/shared';
import { buildScoreSheet } from '../evaluations/evaluation-scores';
import type { ComparedSide } from './comparison';
import { compareAcrossRevisions } from './crosswalk-comparison';

const side = (
  id: number,
  framework: FrameworkDefinition,
  totals: number[],
  date: string,
  scores: { code: string; achieved: number }[] = [],
): ComparedSide => ({
  evaluation: {
    id,
    label: `${framework.code} ${date}`,
    evaluatedAt: date,
    evaluatedAtPrecision: 'month',
    areaLevelOnly: scores.length === 0,
  },
  frameworkCode: framework.code,
  sheet: buildScoreSheet(framework, scores, new Map(totals.map((t, i) => [i + 1, t])), scores.length === 0),
});

/** A small 2020-like revision with sub-questions, to check sub-question deltas and rescaling. */
const TWO_AREAS: FrameworkDefinition = {
  code: 'T2',
  name: 'Två områden',
  areas: [
    {
      number: 1,
      name: 'Ett',
      maxPoints: 100,
      questions: [
        { code: '1.1', text: 'A', maxPoints: 60 },
        { code: '1.2', text: 'B', maxPoints: 40 },
      ],
    },
    { number: 2, name: 'Två', maxPoints: 100, questions: [{ code: '2.1', text: 'C', maxPoints: 100 }] },
  ],
};

describe('compareAcrossRevisions', () => {
  it('stands every KK2016 area against its KK2020 area with exact numbers and the caveat', () => {
    const result = compareAcrossRevisions(
      side(1, KK2016, [45, 50, 64, 48, 49, 60, 45, 66], '2017-09-01'),
      side(2, KK2020, [52, 70, 66, 50, 55, 47, 61, 49], '2021-10-01'),
      KK2016_TO_KK2020,
    );
    expect(result.level).toBe('crosswalk');
    expect(result.caveat).toBe(CROSSWALK_CAVEAT.sv);
    expect(result.total).toEqual({ before: 427, after: 450, delta: 23, max: 800 });
    expect(result.areas.map((a) => [a.area, a.mappedTo!.map((m) => m.area), a.before, a.after, a.delta])).toEqual([
      [1, [1], 45, 52, 7],
      [2, [5], 50, 55, 5],
      [3, [3], 64, 66, 2],
      [4, [8], 48, 49, 1],
      [5, [4], 49, 50, 1],
      [6, [7], 60, 61, 1],
      [7, [6], 45, 47, 2],
      [8, [2], 66, 70, 4],
    ]);
    expect(result.questions).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['different-revisions']);
  });

  it('rescales an area mapped to areas of another total maximum, and warns', () => {
    const source: FrameworkDefinition = {
      code: 'S',
      name: 'S',
      areas: [{ number: 1, name: 'Allt', maxPoints: 100, questions: [] }],
    };
    const result = compareAcrossRevisions(
      side(1, source, [40], '2017-01-01'),
      side(2, TWO_AREAS, [30, 60], '2021-01-01'),
      {
        sourceCode: 'S',
        targetCode: 'T2',
        areas: [{ from: 1, to: [1, 2] }],
      },
    );
    // 90 of 200 on a scale of 100
    expect(result.areas[0]).toMatchObject({ before: 40, after: 45, delta: 5, max: 100 });
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'crosswalk-rescaled', area: 1 })]),
    );
  });

  it('gives sub-question deltas only where the crosswalk maps sub-questions and both evaluations hold them', () => {
    const baseline = side(1, TWO_AREAS, [], '2017-01-01', [
      { code: '1.1', achieved: 30 },
      { code: '1.2', achieved: 20 },
      { code: '2.1', achieved: 50 },
    ]);
    const followUp = side(2, TWO_AREAS, [], '2021-01-01', [
      { code: '1.1', achieved: 36 },
      { code: '1.2', achieved: 20 },
      { code: '2.1', achieved: 70 },
    ]);
    const crosswalk = {
      sourceCode: 'T2',
      targetCode: 'T2',
      areas: [
        { from: 1, to: [1] },
        { from: 2, to: [2] },
      ],
      questions: [{ from: '1.1', to: ['1.1'] }],
    };
    const result = compareAcrossRevisions(baseline, followUp, crosswalk);
    expect(result.questions).toEqual([
      expect.objectContaining({ code: '1.1', before: 30, after: 36, delta: 6, max: 60 }),
    ]);
    const areaOnly = compareAcrossRevisions(side(1, TWO_AREAS, [50, 50], '2017-01-01'), followUp, crosswalk);
    expect(areaOnly.questions).toEqual([]);
  });
});

describe('findCrosswalkProblems', () => {
  it('accepts the shipped crosswalk and names every problem of a broken one', () => {
    expect(findCrosswalkProblems(KK2016, KK2020, KK2016_TO_KK2020)).toEqual([]);
    const problems = findCrosswalkProblems(KK2016, KK2020, {
      areas: [
        { from: 1, to: [] },
        { from: 1, to: [2] },
        { from: 9, to: [1] },
      ],
      questions: [{ from: '1.1', to: ['1.1'] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'areas[0].to', message: 'area 1 must map to at least one area of KK2020' },
        { path: 'areas[1].from', message: 'area 1 is mapped twice' },
        { path: 'areas[2].from', message: 'KK2016 has no area 9' },
        { path: 'areas', message: 'area 2 of KK2016 is not mapped' },
        { path: 'questions[0].to[0]', message: 'KK2020 has no sub-question 1.1' },
      ]),
    );
  });
});
