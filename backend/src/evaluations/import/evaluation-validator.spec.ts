import { KK2016 } from '@kompass/shared';
import { ronneby2017Text } from '../../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import { validateEvaluation } from './evaluation-validator';
import { emptyEvaluation, ParsedEvaluation, ParsedScore } from './import-result';
import { parseReportText } from './report-text.parser';

/** A complete, consistent KK2016 evaluation: every question at half its max, rounded down. */
function fullEvaluation(): ParsedEvaluation {
  const parsed = emptyEvaluation('csv');
  let row = 2;
  for (const area of KK2016.areas) {
    for (const q of area.questions)
      parsed.scores.push({ code: q.code, achieved: Math.floor(q.maxPoints / 2), max: q.maxPoints, row: row++ });
  }
  return parsed;
}

function withScore(patch: Partial<ParsedScore> & { code: string }): ParsedEvaluation {
  const parsed = fullEvaluation();
  const i = parsed.scores.findIndex((s) => s.code === patch.code);
  parsed.scores[i] = { ...parsed.scores[i], ...patch };
  return parsed;
}

describe('validateEvaluation', () => {
  it('accepts a complete, consistent evaluation without problems or warnings', () => {
    expect(validateEvaluation(fullEvaluation(), KK2016)).toEqual({ problems: [], warnings: [] });
  });

  it('gives the reference report exactly two warnings: area 3 total and the 7.5 percentage', () => {
    const { problems, warnings } = validateEvaluation(parseReportText(ronneby2017Text()).parsed, KK2016);
    expect(problems).toMatchObject([]);
    expect(warnings.filter((w) => w.code === 'area-total-mismatch')).toEqual([
      {
        code: 'area-total-mismatch',
        area: 3,
        line: 383,
        message:
          'Area 3: the report states a total of 65 (line 383), but its sub-questions sum to 64; the sub-question scores are kept',
      },
    ]);
    expect(warnings.filter((w) => w.code === 'percent-mismatch')).toEqual([
      expect.objectContaining({
        area: 7,
        questionCode: '7.5',
        line: 415,
        message: expect.stringContaining('6/20 is 30%, but the report prints 28%'),
      }),
    ]);
    expect(warnings).toHaveLength(2);
  });

  it('refuses more points than the max, naming the row', () => {
    const { problems } = validateEvaluation(withScore({ code: '1.3', achieved: 30 }), KK2016);
    expect(problems).toMatchObject([
      { row: 4, field: 'achieved', message: 'Sub-question 1.3 (row 4): 30 achieved is more than its max 25' },
    ]);
  });

  it('refuses negative and non-numeric points', () => {
    expect(validateEvaluation(withScore({ code: '2.1', achieved: -1 }), KK2016).problems).toMatchObject([
      expect.objectContaining({ row: 7, field: 'achieved', message: expect.stringContaining('cannot be negative') }),
    ]);
    expect(
      validateEvaluation(withScore({ code: '2.1', achieved: null, achievedText: 'åtta' }), KK2016).problems,
    ).toMatchObject([
      expect.objectContaining({ row: 7, field: 'achieved', message: expect.stringContaining('found "åtta"') }),
    ]);
    expect(validateEvaluation(withScore({ code: '2.1', achieved: Number.NaN }), KK2016).problems).toHaveLength(1);
  });

  it('refuses unknown and duplicated codes, and a max that is not the catalogue max', () => {
    const parsed = fullEvaluation();
    parsed.scores.push({ code: '9.1', achieved: 3, line: 80 }, { code: '1.1', achieved: 3, line: 81 });
    parsed.scores[1].max = 25;
    const { problems } = validateEvaluation(parsed, KK2016);
    expect(problems).toMatchObject([
      expect.objectContaining({
        row: 3,
        field: 'max',
        message: expect.stringContaining('1.2 (row 3) has max 25, but KK2016 gives it 20'),
      }),
      expect.objectContaining({
        line: 80,
        field: 'code',
        message: expect.stringContaining('Unknown sub-question 9.1 (line 80)'),
      }),
      expect.objectContaining({ line: 81, field: 'code', message: 'Sub-question 1.1 appears twice (row 2) (line 81)' }),
    ]);
  });

  it('blocks an import with no scores at all', () => {
    const { problems } = validateEvaluation(emptyEvaluation('report-text'), KK2016);
    expect(problems).toMatchObject([{ message: expect.stringMatching(/^No scores were found/) }]);
  });

  it('accepts area totals only, warning that comparisons work at area level', () => {
    const parsed = emptyEvaluation('report-text');
    parsed.areaTotals = KK2016.areas.map((a) => ({ area: a.number, statedTotal: 40 + a.number, line: a.number }));
    const { problems, warnings } = validateEvaluation(parsed, KK2016);
    expect(problems).toMatchObject([]);
    expect(warnings).toEqual([{ code: 'area-level-only', message: expect.stringContaining('area level') }]);
  });

  it('checks area totals: outside 0..max, a max that differs, an unknown area, a missing area', () => {
    const parsed = emptyEvaluation('report-text');
    parsed.areaTotals = [
      { area: 1, statedTotal: 120, line: 1 },
      { area: 2, statedTotal: 50, statedMax: 90, line: 2 },
      { area: 12, statedTotal: 5, line: 3 },
      ...[3, 4, 5, 6, 7].map((area) => ({ area, statedTotal: 50 })),
    ];
    const { problems, warnings } = validateEvaluation(parsed, KK2016);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'total'],
      [2, 'max'],
      [3, 'area'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['area-level-only', 'missing-area']);
    expect(warnings[1].area).toBe(8);
  });

  it('warns about each missing sub-question of a partly scored area', () => {
    const parsed = fullEvaluation();
    parsed.scores = parsed.scores.filter((s) => s.code !== '4.2' && s.code !== '4.6');
    const { problems, warnings } = validateEvaluation(parsed, KK2016);
    expect(problems).toMatchObject([]);
    expect(warnings.map((w) => [w.code, w.questionCode])).toEqual([
      ['missing-question', '4.2'],
      ['missing-question', '4.6'],
    ]);
  });

  it('does not compare an area total with an incomplete sum', () => {
    const parsed = fullEvaluation();
    parsed.scores = parsed.scores.filter((s) => s.code !== '1.1');
    parsed.areaTotals = [{ area: 1, statedTotal: 99, line: 5 }];
    expect(validateEvaluation(parsed, KK2016).warnings.map((w) => w.code)).toEqual(['missing-question']);
  });

  it('tolerates rounding in printed percentages, but not a whole point off', () => {
    expect(validateEvaluation(withScore({ code: '4.4', achieved: 7, statedPercent: 46 }), KK2016).warnings).toEqual([]);
    expect(validateEvaluation(withScore({ code: '4.4', achieved: 7, statedPercent: 47 }), KK2016).warnings).toEqual([]);
    expect(
      validateEvaluation(withScore({ code: '4.4', achieved: 7, statedPercent: 45 }), KK2016).warnings,
    ).toHaveLength(1);
  });

  it('warns when the evaluation year is outside the framework period, and about findings for unknown areas', () => {
    const parsed = fullEvaluation();
    parsed.evaluatedAt = '2021-03';
    parsed.findings = [{ area: 9, kind: 'strength', text: 'x', order: 1, suggestedQuestionCodes: [] }];
    expect(validateEvaluation(parsed, KK2016).warnings.map((w) => w.code)).toEqual([
      'unknown-area',
      'outside-framework-period',
    ]);
  });

  it('names the evaluation year and the framework years in the period warning, so the UI can show them', () => {
    const parsed = fullEvaluation();
    parsed.evaluatedAt = '2021-03';
    const warning = validateEvaluation(parsed, KK2016).warnings.find((w) => w.code === 'outside-framework-period');
    expect(warning).toMatchObject({
      year: 2021,
      validFrom: KK2016.validFrom,
      validTo: KK2016.validTo,
      framework: KK2016.name,
    });
  });
});
