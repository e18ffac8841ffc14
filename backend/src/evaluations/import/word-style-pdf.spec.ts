import { REFERENCE_IMPORT, summariseImport, wordStyleReportHtml } from '../../../../test/fixtures/report-layouts';
import { printHtmlToPdf } from '../../../../test/support/print-pdf';
import { extractPdfPages, extractPdfText, layoutPdfPages, PdfPage } from './pdf-text.extractor';
import { parseReportText } from './report-text.parser';

const RUNNING_HEADER = 'KommunKompassen – Ronneby kommun 2017';

/** The reference report laid out as Word does (bordered tables, wrapped question cells) and printed by Chromium. */
describe('a Word-style table PDF of the reference report', () => {
  let pdf: Buffer;
  let pages: PdfPage[];
  let text: string;
  beforeAll(async () => {
    pdf = await printHtmlToPdf(wordStyleReportHtml(), RUNNING_HEADER);
    pages = await extractPdfPages(pdf);
    text = await extractPdfText(pdf);
  }, 90_000);

  it('is laid out as intended: questions wrapped over up to four lines, a score table broken by pages', () => {
    const pageOf = (str: string) => pages.findIndex((p) => p.items.some((i) => i.str === str));
    const codes = Object.keys(REFERENCE_IMPORT.scores);
    expect(codes.some((code, i) => i > 0 && pageOf(code) !== pageOf(codes[i - 1]))).toBe(true);
    // 2.5's question takes four lines in its cell.
    expect(text).toMatch(
      /^2\.5\tHur arbetar kommunen med att förtydliga\t10\t20\t50%\n[^\t\n]+\n[^\t\n]+\n[^\t\n]+\n\t50\t100\t50%$/m,
    );
  });

  it('drops the running header and page numbers, so a row cut by a page break reads as one', () => {
    expect(pages.filter((p) => p.items.some((i) => i.str === RUNNING_HEADER)).length).toBe(pages.length);
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text).not.toMatch(/^\t?\d{1,2}$/m);
  });

  it('imports with the same exactness as the text: 45/45 scores, questions, area totals and every finding', () => {
    const { parsed, problems, warnings } = parseReportText(text, 'pdf');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(parsed.scores).toHaveLength(45);
    expect(summariseImport(parsed)).toEqual(REFERENCE_IMPORT);
    expect(parsed.municipalityName).toBe('Ronneby kommun');
    expect(parsed.evaluatedAt).toBe('2017-09');
  });
});

describe('layoutPdfPages and running headers/footers', () => {
  const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, height: 10 });
  const page = (n: number, body: string[]) => ({
    width: 595,
    height: 842,
    items: [item('Rapport 2017', 50, 815), ...body.map((b, i) => item(b, 50, 760 - i * 12)), item(String(n), 540, 20)],
  });

  it('drops a repeated line standing apart at the top or bottom of pages, and keeps content', () => {
    const text = layoutPdfPages([
      page(1, ['Första', 'raden']),
      page(2, ['Andra', 'sidan']),
      page(3, ['Tredje', 'sidan']),
    ]);
    expect(text).toBe('Första\nraden\nAndra\nsidan\nTredje\nsidan\n');
  });

  it('keeps a line that starts one page only, or stands close to the content', () => {
    const alone = layoutPdfPages([page(1, ['a', 'b'])]);
    expect(alone).toBe('Rapport 2017\na\nb\n\t1\n');
    const close = (n: number) => ({
      width: 595,
      height: 842,
      items: [item('Styrkor', 50, 772), item(`rad ${n}`, 50, 760), item('slut', 50, 748)],
    });
    expect(layoutPdfPages([close(1), close(2)])).toBe('Styrkor\nrad 1\nslut\nStyrkor\nrad 2\nslut\n');
  });
});
