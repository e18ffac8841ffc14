import { SAMPLE_ACTIONS, sampleReport } from '../../../test/fixtures/reevaluation-report.sample';
import { extractPdfText } from '../evaluations/import/pdf-text.extractor';
import { radarPoint } from './report-pdf.radar';
import { renderReportPdf } from './report-pdf.renderer';

describe('renderReportPdf', () => {
  let text: string;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await renderReportPdf(sampleReport(), { timeZone: 'Europe/Stockholm' });
    text = await extractPdfText(bytes, { keepRunningText: true });
  });

  it('is an A4 PDF with the Swedish title in its metadata', () => {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('names the evaluations Utgångsläge and Omvärdering and the end date slutdatum (issue #14)', () => {
    expect(text).toContain('Utgångsläge: Kommunkompassen 2017');
    expect(text).toContain('Omvärdering: Kommunkompassen 2021');
    expect(text).not.toMatch(/Baslinje|Återuppföljning|deadline/i);
  });

  it('holds the totals, the area table and the municipality, with å, ä and ö intact', () => {
    expect(text).toContain('Ronneby kommun');
    expect(text).toMatch(/TOTALT FÖRE[\s\S]*427/);
    expect(text).toMatch(/TOTALT EFTER[\s\S]*437/);
    expect(text).toContain('+10');
    expect(text).toMatch(/Totalt\t427\t437\t\+10\t800/);
    expect(text).toMatch(/5\. Resultat och effektivitet\t49\t47\t–2\t100/);
    expect(text).toContain('Områdesprofil före och efter');
    expect(text).toContain('rapporten anger 65 poäng men delfrågorna summerar till 64');
  });

  it('lists sub-questions with their deltas and the actions behind them, then the insights', () => {
    expect(text).toMatch(/1\.3\tInformerar invånare om resultat\?\t7\t12\t25\t\+5\sFörbättrad/);
    expect(text).toContain('Ta fram en plan för resultatinformation till invånarna (Klar, 100 %, klar 2020-11-20)');
    expect(text).toContain('Utbilda chefer i medarbetarsamtal (Ej påbörjad');
    expect(text).toContain('Slutsatser');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'förbättrades med 5 poäng (från 7 till 12 av 25), med 1 klar åtgärd bakom.',
    );
    expect(text.indexOf('Slutsatser')).toBeGreaterThan(text.indexOf('8.7'));
  });

  it('numbers the pages and dates the footer in Swedish', () => {
    const pages = [...text.matchAll(/Sida (\d+) av (\d+)/g)];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((m) => Number(m[1]))).toEqual(pages.map((_, i) => i + 1));
    expect(new Set(pages.map((m) => m[2]))).toEqual(new Set([String(pages.length)]));
    expect(text).toContain('Genererad 15 november 2021');
  });

  it('says so when the comparison is at area level', async () => {
    const report = sampleReport();
    const areaLevel = { ...report, level: 'area' as const, questions: [] };
    const areaText = await extractPdfText(await renderReportPdf(areaLevel));
    expect(areaText).toContain('Jämförelsen görs på områdesnivå');
    expect(areaText).toContain('Områden och åtgärder');
  });
});

describe('renderReportPdf with a crowded sub-question', () => {
  it('lists what fits on a page under one sub-question and says how many more there are', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...SAMPLE_ACTIONS[1],
      id: 100 + i,
      title: `Delåtgärd ${i + 1} för resultatinformation`,
    }));
    const text = await extractPdfText(await renderReportPdf(sampleReport([...SAMPLE_ACTIONS, ...many])));
    expect(text).toContain('Delåtgärd 1 för resultatinformation');
    expect(text).toMatch(/… och \d+ åtgärder till \(se XLSX-exporten\)/);
    expect(text).toContain('Slutsatser');
  });
});

describe('radarPoint', () => {
  it('starts straight up and goes clockwise', () => {
    const [x0, y0] = radarPoint(0, 8, 1, 100, 100, 50);
    expect([Math.round(x0), Math.round(y0)]).toEqual([100, 50]);
    const [x2, y2] = radarPoint(2, 8, 0.5, 100, 100, 50);
    expect([Math.round(x2), Math.round(y2)]).toEqual([125, 100]);
  });
});
