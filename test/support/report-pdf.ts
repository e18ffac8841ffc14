import PDFDocument from 'pdfkit';

/**
 * The score tables of a report text (section 4) typeset as a real PDF with columns at fixed x positions,
 * long questions wrapped, as SKR's PDFs have them.
 */
export function scoreTablePdf(reportText: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(9);
  doc.text('KommunKompassen – Analys av Ronneby kommun, september 2017', 40, 40);
  let y = 70;
  const section = reportText.slice(reportText.indexOf('## 4.'));
  for (const raw of section.split('\n')) {
    const cells = raw
      .replace(/<[^>]+>/g, '')
      .split('\t')
      .map((c) => c.trim());
    if (cells.length < 4) continue;
    const [code, question, achieved, max, percent] = cells;
    const height = Math.max(12, doc.heightOfString(question, { width: 320 }) + 2);
    if (y + height > 790) {
      doc.addPage();
      y = 40;
    }
    doc.text(code, 40, y, { lineBreak: false });
    doc.text(question, 75, y, { width: 320 });
    for (const [x, text] of [
      [420, achieved],
      [465, max],
      [510, percent ?? ''],
    ] as const)
      doc.text(text, x, y, { lineBreak: false });
    y += height + 2;
  }
  doc.end();
  return done;
}
