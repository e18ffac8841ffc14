import PDFDocument from 'pdfkit';
import {
  RONNEBY_2017_SCORES,
  RONNEBY_2017_STATED_TOTALS,
  ronneby2017Text,
} from '../../../../test/fixtures/kommunkompassen-ronneby-2017.expected';
import { UnreadableDocumentError } from './import-result';
import { extractPdfText, layoutPdfPages, PdfTextItem } from './pdf-text.extractor';
import { parseReportText } from './report-text.parser';

function item(str: string, x: number, y: number, width = str.length * 5, height = 10): PdfTextItem {
  return { str, x, y, width, height };
}

describe('layoutPdfPages', () => {
  it('groups items by baseline, top to bottom, and separates columns with tabs', () => {
    const text = layoutPdfPages([
      {
        width: 595,
        height: 842,
        items: [
          item('8', 420, 700.4),
          item('1.1', 50, 700),
          item('Finns en plan?', 80, 700),
          item('15', 460, 700),
          item('Rubrik', 50, 750),
          item('ord', 50, 650, 15),
          item('delat', 68, 650.5),
        ],
      },
    ]);
    expect(text.split('\n')).toEqual(['Rubrik', '1.1\tFinns en plan?\t8\t15', 'ord delat', '']);
  });

  it('starts a line that begins in the right half with a tab, so it stays in the right column', () => {
    const text = layoutPdfPages([
      { width: 595, height: 842, items: [item('• vänster', 50, 700), item('fortsättning', 320, 680)] },
    ]);
    expect(text.split('\n')).toEqual(['• vänster', '\tfortsättning', '']);
  });

  it('ignores whitespace-only items and skips empty pages', () => {
    const text = layoutPdfPages([
      { width: 595, height: 842, items: [] },
      { width: 595, height: 842, items: [item('a', 50, 700), item('  ', 60, 700), item('b', 100, 700)] },
    ]);
    expect(text).toBe('a\tb\n');
  });
});

interface Row {
  code: string;
  question: string;
  numbers: string[];
}

/** Section 4 of the reference report, as rows: area headers, questions and total rows. */
function sectionFourRows(): Row[] {
  const lines = ronneby2017Text().split('\n');
  const start = lines.findIndex((l) => l.includes('4. Översikt av poängfördelning'));
  return lines
    .slice(start + 1)
    .map((l) => l.replace(/<[^>]+>/g, '').split('\t'))
    .filter((cells) => cells.length >= 5)
    .map((cells) => ({ code: cells[0], question: cells[1], numbers: cells.slice(2, 5) }));
}

const AREA3_STRENGTHS = [
  [
    'Kommunens styrning utgår från en kommunövergripande helhetssyn (vision, framtidsbild etc.)',
    'En styr- och uppföljningsmodell som är tydligt beskriven och som genomsyrar hela organisationen',
    'Tydligt politiskt fattade mål',
  ],
  [
    'Målen är uppföljningsbara genom mätbara resultatindikatorer, med angivna målnivåer som visar vad som ska uppnås',
    'Måluppfyllelse rapporteras till politisk nivå med faktiskt utfall på resultatmätt/indikatorer',
    'Tydlig gränsdragning mellan vad och hur',
    'KC formellt chef över förvaltningscheferna',
  ],
];
/** The right column as drawn: the third item breaks off and continues, without bullet, on the next page. */
const AREA3_IMPROVEMENTS = [
  [
    '• Avsaknad av en kommunövergripande värdegrund',
    '• Politiska verksamhetsplanens mål och resultatindikatorer avspeglas inte tydligt i kommunens egna bolags ägardirektiv',
    '• Politisk målformulering och fördelning av resurser i budgetarbetet är',
  ],
  ['inte tydligt sammankopplade processer', '• Riktade nöjdhetsundersökningar till politiken'],
];

/** A report PDF drawn like SKR's: title page, area 3 with a findings table split over two pages, then section 4 as real columns. */
function buildReportPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(28).text('KommunKompassen', 50, 200, { width: 495, align: 'center' });
  doc.fontSize(14).text('ANALYS AV', 50, 260, { width: 495, align: 'center' });
  doc.text('RONNEBY KOMMUN', 50, 290, { width: 495, align: 'center' });
  doc.text('SEPTEMBER 2017', 50, 320, { width: 495, align: 'center' });
  doc.font('Helvetica').fontSize(11).text('Christine Feuk, SKL', 50, 700);

  doc.addPage().font('Helvetica-Bold').fontSize(14).text('Område 3 Politisk styrning och kontroll', 50, 60);
  doc.font('Helvetica').fontSize(10).text('Rubriker', 50, 100).text('2017', 480, 100);
  doc.text('• System för styrning och uppföljning', 50, 116).fontSize(24).text('65', 480, 116);
  doc
    .fontSize(10)
    .text('Kommunen beskriver själva att det finns ett fortsatt arbete med att utveckla styrmodellen.', 50, 160, {
      width: 495,
    });
  let y = 200;
  const table = (left: string[], right: string[], header: boolean) => {
    if (header) {
      doc.font('Helvetica-Bold').text('STYRKOR', 50, y).text('FÖRBÄTTRINGSMÖJLIGHETER', 310, y);
      doc.font('Helvetica');
      y += 20;
    }
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const l = left[i] ? `• ${left[i]}` : '';
      const r = right[i] ?? '';
      if (l) doc.text(l, 50, y, { width: 230 });
      if (r) doc.text(r, 310, y, { width: 230 });
      y += Math.max(doc.heightOfString(l || 'x', { width: 230 }), doc.heightOfString(r || 'x', { width: 230 })) + 4;
    }
  };
  table(AREA3_STRENGTHS[0], AREA3_IMPROVEMENTS[0], true);
  doc.addPage();
  y = 60;
  table(AREA3_STRENGTHS[1], AREA3_IMPROVEMENTS[1], false);

  doc.addPage().font('Helvetica-Bold').fontSize(14).text('4. Översikt av poängfördelning', 50, 50);
  y = 90;
  for (const row of sectionFourRows()) {
    const header = row.numbers[0] === 'Uppnått';
    doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = Math.max(doc.heightOfString(row.question || 'x', { width: 290 }), 11) + 4;
    if (y + height > 790) {
      doc.addPage();
      y = 50;
    }
    if (row.code) doc.text(row.code, 50, y);
    if (row.question) doc.text(row.question, 80, y, { width: 290 });
    row.numbers.forEach((n, i) => doc.text(n, 410 + i * 50, y));
    y += height;
  }
  doc.end();
  return done;
}

describe('extractPdfText', () => {
  let text: string;
  beforeAll(async () => {
    text = await extractPdfText(await buildReportPdf());
  });

  it('keeps table columns apart with tabs', () => {
    expect(text).toContain('1.1\tFinns en plan/strategi för demokratiutveckling och information?\t8\t15\t53%');
    expect(text).toMatch(/^\t?45\t100\t45%$/m);
  });

  it('feeds the report parser the same 45 scores and the area totals as the text report', () => {
    const { parsed, problems } = parseReportText(text, 'pdf');
    expect(problems).toEqual([]);
    expect(parsed.format).toBe('pdf');
    expect(Object.fromEntries(parsed.scores.map((s) => [s.code, [s.achieved, s.max, s.statedPercent]]))).toEqual(
      RONNEBY_2017_SCORES,
    );
    expect(Object.fromEntries(parsed.areaTotals.map((t) => [t.area, t.statedTotal]))).toEqual(
      RONNEBY_2017_STATED_TOTALS,
    );
    expect(parsed.scores.find((s) => s.code === '3.3')?.question).toBe(
      'Rapporterar förvaltningen till den politiska nivån och har politikerna möjlighet att utöva tillsyn över förvaltningen?',
    );
  });

  it('reads wrapped two-column findings across a page break, merging the split item', () => {
    const { parsed } = parseReportText(text, 'pdf');
    expect(parsed.findings.filter((f) => f.kind === 'strength').map((f) => f.text)).toEqual(AREA3_STRENGTHS.flat());
    expect(parsed.findings.filter((f) => f.kind === 'improvement').map((f) => f.text)).toEqual([
      'Avsaknad av en kommunövergripande värdegrund',
      'Politiska verksamhetsplanens mål och resultatindikatorer avspeglas inte tydligt i kommunens egna bolags ägardirektiv',
      'Politisk målformulering och fördelning av resurser i budgetarbetet är inte tydligt sammankopplade processer',
      'Riktade nöjdhetsundersökningar till politiken',
    ]);
    expect(new Set(parsed.findings.map((f) => f.area))).toEqual(new Set([3]));
    expect(parsed.municipalityName).toBe('Ronneby kommun');
    expect(parsed.evaluatedAt).toBe('2017-09');
  });

  it('turns junk behind a %PDF- header into UnreadableDocumentError, not a crash', async () => {
    const junk = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    ]);
    await expect(extractPdfText(junk)).rejects.toMatchObject({ name: 'UnreadableDocumentError', reason: 'unreadable' });
    await expect(extractPdfText(Buffer.from('%PDF-'))).rejects.toBeInstanceOf(UnreadableDocumentError);
  });

  it('says so when a PDF has no text layer', async () => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.rect(100, 100, 200, 200).fill('#888');
    doc.end();
    await expect(extractPdfText(await done)).rejects.toMatchObject({ reason: 'no-text-layer' });
  });

  it('gives up after the time limit', async () => {
    await expect(extractPdfText(await buildReportPdf(), { timeoutMs: 1 })).rejects.toMatchObject({ reason: 'timeout' });
  });
});
