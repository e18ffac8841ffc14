import {
  RONNEBY_2017_FINDING_COUNTS,
  RONNEBY_2017_SCORES,
  RONNEBY_2017_STATED_TOTALS,
  ronneby2017Text,
} from '../../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import { ParsedEvaluation } from './import-result';
import { parseReportText } from './report-text.parser';

function scoreMap(parsed: ParsedEvaluation): Record<string, [number | null, number | undefined, number | undefined]> {
  return Object.fromEntries(parsed.scores.map((s) => [s.code, [s.achieved, s.max, s.statedPercent]]));
}

function findingsOf(parsed: ParsedEvaluation, area: number, kind: 'strength' | 'improvement'): string[] {
  return parsed.findings.filter((f) => f.area === area && f.kind === kind).map((f) => f.text);
}

describe('parseReportText on the Ronneby 2017 report', () => {
  const text = ronneby2017Text();
  const { parsed, problems, warnings } = parseReportText(text);

  it('reads all 45 sub-question scores of section 4 exactly', () => {
    expect(parsed.scores).toHaveLength(45);
    expect(scoreMap(parsed)).toEqual(RONNEBY_2017_SCORES);
    expect(parsed.scores.map((s) => s.code)).toEqual(Object.keys(RONNEBY_2017_SCORES));
    expect(parsed.scores[0]).toMatchObject({ code: '1.1', achieved: 8, max: 15, statedPercent: 53, line: 364 });
    expect(parsed.scores.find((s) => s.code === '3.2')).toMatchObject({ achieved: 17, max: 25, line: 379 });
    expect(parsed.scores.find((s) => s.code === '8.7')).toMatchObject({ achieved: 10, max: 15, line: 424 });
    expect(parsed.scores.find((s) => s.code === '2.5')?.question).toBe(
      'Hur arbetar kommunen med att förtydliga tjänsternas innehåll samt synpunkts- och klagomålshantering för medborgare/brukare?',
    );
  });

  it('extracts every stated area total, from the sum rows and (area 8) beside "Rubriker"', () => {
    const totals = Object.fromEntries(parsed.areaTotals.map((t) => [t.area, t.statedTotal]));
    expect(totals).toEqual(RONNEBY_2017_STATED_TOTALS);
    expect(parsed.areaTotals.find((t) => t.area === 3)).toEqual({
      area: 3,
      statedTotal: 65,
      statedMax: 100,
      statedPercent: 65,
      line: 383,
    });
    expect(parsed.areaTotals.find((t) => t.area === 8)).toMatchObject({ statedTotal: 66, statedMax: 100, line: 425 });
  });

  it('reports nothing wrong at parse level', () => {
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('finds every strength and improvement once, per area and kind', () => {
    const counts: Record<number, { strength: number; improvement: number }> = {};
    for (const f of parsed.findings) {
      counts[f.area] ??= { strength: 0, improvement: 0 };
      counts[f.area][f.kind]++;
    }
    expect(counts).toEqual(RONNEBY_2017_FINDING_COUNTS);
    expect(parsed.findings).toHaveLength(86);
    for (const f of parsed.findings) expect(f.text).not.toMatch(/[<>•]|^\s|\s$/);
  });

  it('merges items split across two tables into one finding', () => {
    expect(findingsOf(parsed, 3, 'improvement')).toEqual([
      'Avsaknad av en kommunövergripande värdegrund',
      'Politiska verksamhetsplanens mål och resultatindikatorer avspeglas inte tydligt i kommunens egna bolags ägardirektiv',
      'Politisk målformulering och fördelning av resurser i budgetarbetet är inte tydligt sammankopplade processer',
      'Riktade nöjdhetsundersökningar till politiken',
    ]);
    expect(findingsOf(parsed, 8, 'improvement')[3]).toBe(
      'Samarbete med civilsamhället för att utveckla lokalsamhället med gemensam finansiering och/eller gemensamma arbetsinsatser',
    );
    expect(
      parsed.findings.some((f) => f.text.startsWith('inte tydligt') || f.text.startsWith('finansiering och/eller')),
    ).toBe(false);
  });

  it('keeps document order, continuation tables after the first, and numbers items per area and kind', () => {
    expect(findingsOf(parsed, 2, 'strength')).toEqual([
      'Anställda utbildas i bemötande och tillgänglighet',
      'Skicklighet i bemötande har betydelse i löneutvecklingen',
      'Kommunens hemsida utvärderas och utvecklas regelbundet',
      'Kommunen har tagit fram informationsmaterial för att tillgodose specifika behov t.ex. olika språkbakgrund, syn- och hörselsvaga',
      'E-service',
      'Genomförande av brukarundersökningar',
    ]);
    expect(findingsOf(parsed, 1, 'improvement')[1]).toBe(
      'Användande av olika sociala medier för att sprida information till medborgarna',
    );
    for (const area of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const kind of ['strength', 'improvement'] as const) {
        const orders = parsed.findings.filter((f) => f.area === area && f.kind === kind).map((f) => f.order);
        expect(orders).toEqual(orders.map((_, i) => i + 1));
      }
    }
  });

  it('does not mistake the "Rubriker" heading lists for findings', () => {
    expect(parsed.findings.some((f) => f.text === 'Strategi för demokratiutveckling och information')).toBe(false);
    expect(parsed.findings.some((f) => f.text === 'Hållbar utveckling')).toBe(false);
  });

  it('reads the title page: municipality, month and evaluators', () => {
    expect(parsed.municipalityName).toBe('Ronneby kommun');
    expect(parsed.evaluatedAt).toBe('2017-09');
    expect(parsed.label).toBe('Kommunkompassen 2017');
    expect(parsed.evaluators).toEqual([
      { name: 'Christine Feuk', organisation: 'SKL' },
      { name: 'Karolina Dahlbom', organisation: 'Landstinget i Kalmar län' },
    ]);
  });
});

/** Section 4 as a PDF viewer pastes it: tags gone, columns joined by single spaces. */
function pastedSectionFour(): string {
  const lines = ronneby2017Text().split('\n');
  const start = lines.findIndex((l) => l.includes('4. Översikt av poängfördelning'));
  return lines
    .slice(start)
    .map((l) =>
      l
        .replace(/<[^>]+>/g, '')
        .replace(/\t+/g, ' ')
        .trim(),
    )
    .join('\n');
}

describe('parseReportText on other layouts', () => {
  it('reads plain text pasted from a PDF viewer, with space-separated columns', () => {
    const { parsed, problems } = parseReportText(pastedSectionFour());
    expect(problems).toEqual([]);
    expect(scoreMap(parsed)).toEqual(RONNEBY_2017_SCORES);
    expect(parsed.areaTotals.map((t) => [t.area, t.statedTotal])).toEqual([
      [1, 45],
      [2, 50],
      [3, 65],
      [4, 48],
      [5, 49],
      [6, 60],
      [7, 45],
      [8, 66],
    ]);
  });

  it('reads a question wrapped over lines, whether its numbers come first, last or alone', () => {
    const text = [
      '2. Tillgänglighet och brukarorientering Uppnått Max Procent',
      '2.1 Finns det en kommunövergripande strategi för brukarfokus? 6 15 40%',
      '2.5 Hur arbetar kommunen med att förtydliga tjänsternas innehåll samt synpunkts- och',
      'klagomålshantering för medborgare/brukare? 10 20 50%',
      '2.2 Hur arbetar kommunen med tillgänglighet och bemötande? 13 25 52%',
      '3.3 Rapporterar förvaltningen till den politiska nivån och har',
      '\t15\t25\t60%',
      'politikerna möjlighet att utöva tillsyn över förvaltningen?',
      '3.4 Finns det en tydlig delegation och ansvarsfördelning 15 20 75%',
      'mellan politisk och tjänstemannanivå?',
    ].join('\n');
    const { parsed, problems } = parseReportText(text);
    expect(problems).toEqual([]);
    expect(scoreMap(parsed)).toEqual({
      '2.1': [6, 15, 40],
      '2.5': [10, 20, 50],
      '2.2': [13, 25, 52],
      '3.3': [15, 25, 60],
      '3.4': [15, 20, 75],
    });
    expect(parsed.scores.find((s) => s.code === '2.5')?.question).toMatch(
      /synpunkts- och klagomålshantering för medborgare\/brukare\?$/,
    );
    expect(parsed.scores.find((s) => s.code === '3.4')?.question).toMatch(/mellan politisk och tjänstemannanivå\?$/);
  });

  it('reads markdown pipe tables with bold totals', () => {
    const text = [
      '| **1.** | **Offentlighet och demokrati** | **Uppnått** | **Max** | **Procent** |',
      '|---|---|---|---|---|',
      '| 1.1 | Finns en plan/strategi för demokratiutveckling och information? | 8 | 15 | 53% |',
      '| 1.2 | Informerar invånarna om aktuella frågor i politiken? | 9 | 20 | 45% |',
      '| | | **17** | **35** | **49%** |',
    ].join('\n');
    const { parsed } = parseReportText(text);
    expect(scoreMap(parsed)).toEqual({ '1.1': [8, 15, 53], '1.2': [9, 20, 45] });
    expect(parsed.areaTotals).toEqual([{ area: 1, statedTotal: 17, statedMax: 35, statedPercent: 49, line: 5 }]);
  });

  it('keeps a non-numeric achieved cell for validation, and reports a table row without numbers', () => {
    const text = [
      '1.\tOffentlighet och demokrati\tUppnått\tMax\tProcent',
      '1.1\tFinns en plan?\tx\t15\t53%',
      '1.2\tInformerar invånarna om aktuella frågor i politiken?',
      '1.3\tInformerar invånare om resultat?\t7\t25\t28%',
    ].join('\n');
    const { parsed, problems } = parseReportText(text);
    expect(parsed.scores[0]).toMatchObject({ code: '1.1', achieved: null, achievedText: 'x', max: 15, line: 2 });
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, field: '1.2', message: 'No score could be read for 1.2' }),
    ]);
    expect(parsed.scores.map((s) => s.code)).toEqual(['1.1', '1.3']);
  });

  it('ignores table-of-contents lines, numbered headings and a grand total row', () => {
    const text = [
      '3.1 Offentlighet och demokrati ............ 6',
      '3.1 Offentlighet och demokrati',
      'Ronneby kommun har antagit riktlinjer för medborgardialog.',
      '1. Offentlighet och demokrati Uppnått Max Procent',
      '1.1 Finns en plan/strategi för demokratiutveckling och information? 8 15 53%',
      '45 100 45%',
      'Totalt 403 800 50%',
    ].join('\n');
    const { parsed, problems } = parseReportText(text);
    expect(problems).toEqual([]);
    expect(parsed.scores.map((s) => s.code)).toEqual(['1.1']);
    expect(parsed.areaTotals).toEqual([{ area: 1, statedTotal: 45, statedMax: 100, statedPercent: 45, line: 6 }]);
  });

  it('reads an area-level summary (totals beside "Rubriker" only) and one-column strength lists', () => {
    const text = [
      'Område 1 Offentlighet och demokrati',
      'Rubriker\t2013\t2017',
      '• Information till medborgare\t38\t45',
      'Styrkor',
      '• Websändning av KF-sammanträdena',
      '• Invånarna kan delta i fysiskt',
      'planläggningsarbete',
      'Förbättringsområden',
      '- Rapportering av brukarundersökningar till invånarna',
      'Område 2 Tillgänglighet och brukarorientering',
      'Rubriker 2017',
      '50',
    ].join('\n');
    const { parsed } = parseReportText(text);
    expect(parsed.scores).toEqual([]);
    expect(parsed.areaTotals).toEqual([
      { area: 1, statedTotal: 45, line: 3 },
      { area: 2, statedTotal: 50, line: 12 },
    ]);
    expect(parsed.findings.map((f) => [f.area, f.kind, f.text])).toEqual([
      [1, 'strength', 'Websändning av KF-sammanträdena'],
      [1, 'strength', 'Invånarna kan delta i fysiskt planläggningsarbete'],
      [1, 'improvement', 'Rapportering av brukarundersökningar till invånarna'],
    ]);
  });

  it('reads a published summary table of area totals', () => {
    const text = [
      'Sammanfattning av resultat',
      'Område\tPoäng 2017',
      '1. Offentlighet och demokrati\t45',
      '2. Brukarfokus, tillgänglighet och bemötande 50 p',
      'Område 3 Politisk styrning och kontroll 65/100',
      'Totalt\t403',
    ].join('\n');
    const { parsed } = parseReportText(text);
    expect(parsed.areaTotals).toEqual([
      { area: 1, statedTotal: 45, line: 3 },
      { area: 2, statedTotal: 50, line: 4 },
      { area: 3, statedTotal: 65, line: 5 },
    ]);
  });

  it('takes the last score columns when an earlier evaluation is printed beside this one', () => {
    const text = [
      '1.\tOffentlighet och demokrati\tUppnått 2013\tUppnått 2017\tMax\tProcent',
      '1.1\tFinns en plan?\t6\t8\t15\t53%',
    ].join('\n');
    expect(parseReportText(text).parsed.scores).toEqual([
      { code: '1.1', achieved: 8, max: 15, statedPercent: 53, question: 'Finns en plan?', line: 2 },
    ]);
  });

  it('treats STYRKOR and FÖRBÄTTRINGSMÖJLIGHETER on consecutive lines as one two-column header', () => {
    const text = [
      'Område 5 Resultat',
      'STYRKOR',
      '\tFÖRBÄTTRINGSMÖJLIGHETER',
      '• Kommunövergripande strategi\t• Räkna ut vad tjänsteproduktionen kostar',
    ].join('\n');
    expect(parseReportText(text).parsed.findings.map((f) => [f.kind, f.text])).toEqual([
      ['strength', 'Kommunövergripande strategi'],
      ['improvement', 'Räkna ut vad tjänsteproduktionen kostar'],
    ]);
  });

  it('warns when the section total and the score-table total disagree, and keeps the table', () => {
    const text = [
      'Område 3 Politisk styrning',
      'Rubriker\t2017',
      'x\t66',
      '3.\tPolitisk\tUppnått\tMax',
      '3.1\tQ\t8\t15',
      '\t\t65\t100',
    ].join('\n');
    const { parsed, warnings } = parseReportText(text);
    expect(parsed.areaTotals).toEqual([{ area: 3, statedTotal: 65, statedMax: 100, line: 6 }]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'area-total-conflict', area: 3, line: 3 })]);
  });

  it('never throws on hostile input', () => {
    expect(() => parseReportText('\u0000'.repeat(1000))).not.toThrow();
    expect(parseReportText(`1.1 ${'9 '.repeat(50_000)}`).parsed.scores.length).toBeLessThanOrEqual(1);
    expect(parseReportText('<li>'.repeat(20_000)).parsed.findings).toEqual([]);
  });
});
