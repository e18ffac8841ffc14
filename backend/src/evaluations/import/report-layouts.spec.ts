import { bulletListReport, REFERENCE_IMPORT, summariseImport } from '../../../../test/fixtures/report-layouts';
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
});
