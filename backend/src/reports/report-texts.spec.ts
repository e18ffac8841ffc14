import { sampleReport } from '../../../test/fixtures/reevaluation-report.sample';
import { winAnsi } from './report-pdf.layout';
import { dateSv, insightGroups, signed, warningSv } from './report-texts';
import { neutralise } from './report-xlsx.renderer';

describe('Swedish wording', () => {
  it('writes dates by their precision and signed changes with an en dash', () => {
    expect(dateSv('2017-09-01', 'month')).toBe('september 2017');
    expect(dateSv('2021-10-05')).toBe('5 oktober 2021');
    expect([signed(5), signed(-2), signed(0), signed(null)]).toEqual(['+5', '–2', '±0', '–']);
  });

  it('says each insight in one sentence', () => {
    const groups = insightGroups(sampleReport());
    expect(groups.map((g) => g.heading)).toEqual([
      'Förbättrat där åtgärder genomförts',
      'Förbättrat utan åtgärder i planen',
      'Oförändrat trots genomförda åtgärder',
      'Försämrat',
    ]);
    expect(groups[0].sentences[0]).toBe(
      'Delfråga 1.3 ”Informerar invånare om resultat?” förbättrades med 5 poäng (från 7 till 12 av 25), med 1 klar åtgärd bakom.',
    );
    expect(groups[1].sentences[0]).toMatch(
      /^Delfråga 2\.1 .* förbättrades med 3 poäng \(från 6 till 9 av 15\) utan någon åtgärd i planen\.$/,
    );
    expect(groups[2].sentences[0]).toMatch(/^Delfråga 4\.2 .* är oförändrad på 3 av 10 poäng trots 1 klar åtgärd\.$/);
    expect(groups[3].sentences).toEqual([
      expect.stringMatching(
        /^Delfråga 5\.5 .* försämrades med 2 poäng \(från 6 till 4 av 20\); 1 åtgärd var kopplad, men den är inte klar\.$/,
      ),
      expect.stringMatching(
        /^Delfråga 7\.5 .* försämrades med 1 poäng \(från 6 till 5 av 20\); 1 åtgärd var kopplad, men den är inte klar\.$/,
      ),
    ]);
  });

  it('names a sub-question that rose while its actions are not done, with plurals that agree (issue #14)', () => {
    const insight = {
      code: '1.1',
      area: 1,
      text: 'Informerar om politiken?',
      before: 5,
      after: 13,
      delta: 8,
      max: 20,
      actions: 2,
      doneActions: 0,
    };
    const report = sampleReport();
    const groups = insightGroups({ insights: { ...report.insights, improvedWithPlannedActions: [insight] } });
    const planned = groups.find((g) => g.key === 'improvedWithPlannedActions')!;
    expect(planned.heading).toBe('Förbättrat med åtgärder som inte är klara');
    expect(planned.sentences).toEqual([
      'Delfråga 1.1 ”Informerar om politiken?” förbättrades med 8 poäng (från 5 till 13 av 20), med 2 åtgärder som inte är klara.',
    ]);
    const declined = insightGroups({
      insights: { ...report.insights, declined: [{ ...insight, delta: -2, after: 3, actions: 3, doneActions: 1 }] },
    });
    expect(declined.find((g) => g.key === 'declined')!.sentences[0]).toMatch(
      /3 åtgärder var kopplade, varav 1 klar\.$/,
    );
  });

  it('says Utgångsläge and Omvärdering, never Baslinje or Återuppföljning', () => {
    const report = sampleReport();
    expect(warningSv({ code: 'reversed-order', evaluation: 'baseline', message: '' }, report)).toBe(
      'Utgångsläget är senare än omvärderingen det jämförs med; förändringarna läses bakåt i tiden.',
    );
  });

  it('explains an area-total mismatch with both numbers', () => {
    const report = sampleReport();
    expect(warningSv(report.warnings[0], report)).toBe(
      'Område 3 i Kommunkompassen 2017: rapporten anger 65 poäng men delfrågorna summerar till 64. Jämförelsen använder 64.',
    );
  });
});

describe('winAnsi', () => {
  it('keeps Swedish letters and typographic quotes, replaces what Helvetica cannot encode', () => {
    expect(winAnsi('Åtgärd för ”Ökad närvaro” – Ängelholm')).toBe('Åtgärd för ”Ökad närvaro” – Ängelholm');
    expect(winAnsi('Łódź → plan ≥ 3 −2 😀\nny rad')).toBe('?ódz -> plan >= 3 –2 ? ny rad');
  });
});

describe('neutralise', () => {
  it('prefixes text that a spreadsheet would run as a formula, and leaves the rest alone', () => {
    expect(['=SUM(A1)', '+46 70', '-2', '@cmd', '\tx', 'Plan', '', 5, null].map(neutralise)).toEqual([
      "'=SUM(A1)",
      "'+46 70",
      "'-2",
      "'@cmd",
      "'\tx",
      'Plan',
      '',
      5,
      null,
    ]);
  });
});
