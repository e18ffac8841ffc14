import type { FrameworkDefinition } from '@kompass/shared';
import type { DataValidation } from 'exceljs';
import { loadExcelJs } from '../../common/export/lazy-libraries';

export const TEMPLATE_SCORE_SHEET = 'Poäng';
export const TEMPLATE_FINDINGS_SHEET = 'Iakttagelser';
export const TEMPLATE_COLUMNS = ['Område', 'Kod', 'Delfråga', 'Max', 'Uppnått'] as const;
const FINDING_KINDS = ['Styrka', 'Förbättringsmöjlighet'];

function areaLabel(area: { number: number; name: string }): string {
  return `${area.number}. ${area.name}`;
}

/**
 * The XLSX template a municipality fills in when it has the scores but not the report file:
 * one row per sub-question with Uppnått empty, a "Summa" row per area for those who only have
 * area totals, and a findings sheet. `parseXlsx` reads it back.
 */
export async function buildImportTemplate(framework: FrameworkDefinition): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Kompass';
  workbook.title = `${framework.name}: importmall`;

  const sheet = workbook.addWorksheet(TEMPLATE_SCORE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Område', key: 'area', width: 38 },
    { header: 'Kod', key: 'code', width: 8, style: { numFmt: '@' } },
    { header: 'Delfråga', key: 'question', width: 80 },
    { header: 'Max', key: 'max', width: 8 },
    { header: 'Uppnått', key: 'achieved', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const area of framework.areas) {
    for (const q of area.questions) {
      const row = sheet.addRow({
        area: areaLabel(area),
        code: q.code,
        question: q.text,
        max: q.maxPoints,
        achieved: null,
      });
      row.getCell('code').numFmt = '@'; // keep "1.10" from becoming the number 1.1 (or a date)
      row.getCell('achieved').dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, `D${row.number}`],
        showErrorMessage: true,
        errorTitle: 'Ogiltig poäng',
        error: `Uppnått måste vara mellan 0 och ${q.maxPoints}`,
      };
    }
    const sum = sheet.addRow({
      area: areaLabel(area),
      code: '',
      question: `Summa område ${area.number} (fyll bara i om poäng per delfråga saknas)`,
      max: area.maxPoints,
      achieved: null,
    });
    sum.font = { italic: true, color: { argb: 'FF666666' } };
  }

  const findings = workbook.addWorksheet(TEMPLATE_FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.columns = [
    { header: 'Område', key: 'area', width: 10 },
    { header: 'Typ', key: 'kind', width: 24 },
    { header: 'Text', key: 'text', width: 90 },
    { header: 'Kod', key: 'code', width: 8, style: { numFmt: '@' } },
  ];
  findings.getRow(1).font = { bold: true };
  // A range rule rather than one per cell: touching 500 cells would create 500 empty rows.
  (findings as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations.add(
    'B2:B500',
    {
      type: 'list',
      allowBlank: true,
      formulae: [`"${FINDING_KINDS.join(',')}"`],
    },
  );

  const help = workbook.addWorksheet('Instruktioner');
  help.getColumn(1).width = 110;
  [
    `Importmall för ${framework.name} (${framework.code}).`,
    `Fyll i kolumnen Uppnått på fliken ${TEMPLATE_SCORE_SHEET}, en rad per delfråga. Ändra inte Kod eller Max.`,
    'Har ni bara poäng per område: lämna delfrågorna tomma och fyll i raden "Summa område N".',
    `Styrkor och förbättringsmöjligheter kan skrivas på fliken ${TEMPLATE_FINDINGS_SHEET} (Område = områdets nummer).`,
    'Filen kan också sparas som CSV (semikolonavgränsad) och importeras så.',
  ].forEach((text, i) => (help.getCell(`A${i + 1}`).value = text));

  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same score sheet as CSV the way Swedish Excel writes it: BOM, semicolons, CRLF. */
export function buildCsvTemplate(framework: FrameworkDefinition): string {
  const lines = [TEMPLATE_COLUMNS.join(';')];
  for (const area of framework.areas) {
    for (const q of area.questions) {
      lines.push([areaLabel(area), q.code, q.text, q.maxPoints, ''].map(csvField).join(';'));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
