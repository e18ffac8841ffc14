import {
  bulletListReport,
  plainTextReport,
  REFERENCE_IMPORT,
  summariseImport,
} from '../../../../test/fixtures/report-layouts';
import { parseReportText } from './report-text.parser';

describe('parseReportText on the reference report in other layouts', () => {
  it('reads markdown with "Område N." sections, bullet lists under Styrkor/Förbättringsområden/Utvecklingsområden and a "Poängsammanställning" of "Poäng" tables', () => {
    const text = bulletListReport();
    expect(text).toContain('### Utvecklingsområden');
    expect(text).toContain('| 28 % |');
    const { parsed, problems, warnings } = parseReportText(text);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(summariseImport(parsed)).toEqual(REFERENCE_IMPORT);
    expect(parsed.municipalityName).toBe('Ronneby kommun');
    expect(parsed.evaluatedAt).toBe('2017-09');
  });

  it('reads pasted plain text: numbered "Poängsammanställning", totals labelled "Summa", "Totalt" or not at all, wrapped questions and "•" lists', () => {
    const text = plainTextReport();
    expect(text).toMatch(/^Totalt\t45\t100\t45 %$/m);
    expect(text).toMatch(/^Totalt\t428\t800\t54 %$/m);
    const { parsed, problems, warnings } = parseReportText(text);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(summariseImport(parsed)).toEqual(REFERENCE_IMPORT);
  });

  it('takes "Totalt" under an area table as the grand total when it exceeds what the area can add up to', () => {
    const text = [
      '1.\tOffentlighet och demokrati\tPoäng\tMax\t%',
      '1.1\tFinns en plan/strategi för demokratiutveckling och information?\t8\t15\t53 %',
      'Totalt\t403\t800\t50 %',
    ].join('\n');
    const { parsed } = parseReportText(text);
    expect(parsed.areaTotals).toEqual([]);
    const areaOnly = parseReportText(['1. Offentlighet och demokrati Poäng Max', 'Totalt 45 100 45 %'].join('\n'));
    expect(areaOnly.parsed.areaTotals).toEqual([
      { area: 1, statedTotal: 45, statedMax: 100, statedPercent: 45, line: 2 },
    ]);
  });
});
