import { KK2016, KK2020 } from '@kompass/shared';
import { HOGANAS_2020, KK2020_CATALOGUE, kk2020Report } from '../../../../test/fixtures/kk2020-reports';
import { REFERENCE_REPORT } from '../../../../test/factories/evaluations';
import { catalogueDifferences, proposeCatalogue } from './catalogue-learner';
import { detectFramework, StoredFramework } from './framework-detection';
import { parseReportText } from './report-text.parser';

const kk2016: StoredFramework = { ...KK2016, id: 1, origin: 'catalogue' };
const kk2020: StoredFramework = { ...KK2020, id: 2, origin: 'catalogue' };
/** A hand-made revision whose codes and maxima happen to be KK2016's (as a test or an admin might make). */
const handMade: StoredFramework = {
  ...KK2016,
  code: 'KK-HAND',
  name: 'Egen',
  validFrom: 2020,
  validTo: undefined,
  id: 3,
  origin: 'manual',
};

describe('detectFramework', () => {
  const hoganas = parseReportText(kk2020Report(HOGANAS_2020)).parsed;
  const ronneby = parseReportText(REFERENCE_REPORT).parsed;

  it('reads the area names of the score tables', () => {
    expect(hoganas.areaNames?.map((a) => [a.area, a.name])).toEqual([
      [1, 'Samspel mellan förtroendevalda och medborgare'],
      [2, 'Samhällsutveckling'],
      [3, 'Styrning och kontroll'],
      [4, 'Effektivitet'],
      [5, 'Brukarens fokus'],
      [6, 'Kvalitetsutveckling'],
      [7, 'Arbetsliv'],
      [8, 'Chefs- och ledarskap samt medarbetarskap'],
    ]);
  });

  it('chooses area-level KK2020 for a 2020-model report by its area names, and says why KK2016 does not fit', () => {
    const detection = detectFramework(hoganas, [kk2016, kk2020], kk2016, 2020);
    expect(detection).toMatchObject({ framework: { code: 'KK2020' }, reason: 'area-names' });
    expect(detection.message).toContain("the report's 8 area names are those of KK2020");
    expect(detection.candidates.find((c) => c.code === 'KK2016')).toEqual(
      expect.objectContaining({ fits: false, message: 'sub-question 1.1 has max 20 in the report but 15 in KK2016' }),
    );
  });

  it('keeps the reference report on KK2016 by its sub-questions even when it is dated 2021', () => {
    const detection = detectFramework(ronneby, [kk2016, kk2020], kk2016, 2021);
    expect(detection).toMatchObject({ framework: { code: 'KK2016' }, reason: 'sub-questions' });
    expect(detection.candidates.find((c) => c.code === 'KK2020')).toMatchObject({ fits: false });
  });

  it('prefers the shipped revision to a hand-made one that fits as well, and says it was a tie decided by year', () => {
    const in2017 = detectFramework(ronneby, [handMade, kk2016, kk2020], kk2016, 2017);
    expect(in2017).toMatchObject({ framework: { code: 'KK2016' }, reason: 'sub-questions' });
    const in2021 = detectFramework(ronneby, [handMade, kk2016, kk2020], kk2016, 2021);
    expect(in2021).toMatchObject({ framework: { code: 'KK-HAND' }, reason: 'sub-questions' });
    expect(in2021.message).toContain('made by hand');
  });

  it('falls back to the framework of the year, saying so, when nothing fits', () => {
    const detection = detectFramework(hoganas, [kk2016], kk2016, 2020);
    expect(detection).toMatchObject({ framework: { code: 'KK2016' }, reason: 'no-match' });
    expect(detection.message).toContain('fits none of the 1 stored revisions');
  });
});

describe('proposeCatalogue', () => {
  const parsed = parseReportText(kk2020Report(HOGANAS_2020)).parsed;

  it('reads code, text and max of every row, summing to 100 per area and 800 in all', () => {
    const { definition, problems } = proposeCatalogue(KK2020, parsed);
    expect(problems).toEqual([]);
    const questions = definition.areas.flatMap((a) => a.questions);
    expect(Object.fromEntries(questions.map((q) => [q.code, [q.text, q.maxPoints]]))).toEqual(KK2020_CATALOGUE);
    expect(definition.areas.map((a) => a.questions.reduce((s, q) => s + q.maxPoints, 0))).toEqual(Array(8).fill(100));
  });

  it('refuses a catalogue whose area maxima do not add up, naming the area', () => {
    const wrong = parseReportText(
      kk2020Report(HOGANAS_2020).replace(
        '| 3.4 Är ansvar och roller mellan politik och förvaltning tydliga? | 16 | 20 |',
        '| 3.4 Är ansvar och roller mellan politik och förvaltning tydliga? | 16 | 25 |',
      ),
    ).parsed;
    expect(proposeCatalogue(KK2020, wrong).problems).toEqual([
      { field: 'catalogue', message: 'Learning KK2020: area 3 max is 100 but its questions sum to 105' },
    ]);
  });

  it('warns, naming the row, when a later report words a learned question differently', () => {
    const learned = proposeCatalogue(KK2020, parsed).definition;
    const later = parseReportText(kk2020Report(HOGANAS_2020, { '5.3': 'Hur hanteras klagomål?' })).parsed;
    const warnings = catalogueDifferences(learned, later);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'catalogue-row-differs', questionCode: '5.3', area: 5 });
    expect(warnings[0].message).toMatch(
      /^Sub-question 5\.3 \(line \d+\) reads "Hur hanteras klagomål\?" in the report but "Hur tas synpunkter och klagomål om hand\?" in KK2020/,
    );
  });
});
