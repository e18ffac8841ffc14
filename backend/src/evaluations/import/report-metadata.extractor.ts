import { SWEDISH_MONTHS } from '@kompass/shared';
import { ParsedEvaluation, ParsedEvaluator } from './import-result';
import { stripTags } from './report-line.util';

const MONTHS: readonly string[] = SWEDISH_MONTHS;
const MONTH_ALT = MONTHS.join('|');
/** The title page is at the top; later mentions ("Ronneby kommun har ...") are too ambiguous. */
const TITLE_LINES = 60;

type Metadata = Pick<ParsedEvaluation, 'evaluatedAt' | 'label' | 'evaluators' | 'municipalityName'>;

/** "RONNEBY KOMMUN" → "Ronneby kommun", "UPPLANDS-BRO KOMMUN" → "Upplands-Bro kommun" */
function municipalityCase(name: string, suffix: string): string {
  const proper = name
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase('sv'));
  return `${proper} ${suffix.toLocaleLowerCase('sv')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function findDate(lines: string[], all: string): string | undefined {
  const dayMonth = new RegExp(`^(\\d{1,2})\\s+(${MONTH_ALT})\\s+(\\d{4})$`, 'i');
  const monthYear = new RegExp(`^(?:(?:utvärdering|analys|datum)[:\\s]+)?(${MONTH_ALT})\\s+(\\d{4})$`, 'i');
  for (const line of lines) {
    const full = dayMonth.exec(line);
    if (full) return `${full[3]}-${pad(MONTHS.indexOf(full[2].toLowerCase()) + 1)}-${pad(Number(full[1]))}`;
    const month = monthYear.exec(line);
    if (month) return `${month[2]}-${pad(MONTHS.indexOf(month[1].toLowerCase()) + 1)}`;
    const iso = /^(?:datum[:\s]+)?((?:19|20)\d{2})-(\d{2})-(\d{2})$/i.exec(line);
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  // "Utvärderingen av Ronneby kommun genomfördes i september 2017"
  const prose = new RegExp(`genomfördes\\s+(?:i|under)\\s+(${MONTH_ALT})\\s+(\\d{4})`, 'i').exec(all);
  return prose ? `${prose[2]}-${pad(MONTHS.indexOf(prose[1].toLowerCase()) + 1)}` : undefined;
}

function findMunicipality(lines: string[], all: string): string | undefined {
  for (const line of lines) {
    if (line.length > 60) continue;
    const m = /^(?:analys av\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})\s+(kommun|stad)$/iu.exec(line);
    if (m && !/^(din|er|vår|varje|en|kommunkompassen)$/i.test(m[1])) return municipalityCase(m[1], m[2]);
  }
  const m =
    /(?:^|\n)(?:#{1,6}\s*)?(?:\d+\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(kommun|stad)\s+i\s+förhållande\s+till\s+Kommunkompassen/iu.exec(
      all,
    ) ?? /Utvärderingen\s+av\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(kommun|stad)\s+genomfördes/u.exec(all);
  return m ? municipalityCase(m[1], m[2]) : undefined;
}

/** Title-page lines "Christine Feuk, SKL", or an "Utvärderare: A (SKL), B" line. */
function findEvaluators(lines: string[]): ParsedEvaluator[] | undefined {
  const found: ParsedEvaluator[] = [];
  for (const line of lines) {
    const listed = /^(?:utvärderare|utvärderingsgrupp(?:en)?)\s*:\s*(.{3,300})$/i.exec(line);
    if (listed) {
      for (const part of listed[1].split(/\s*(?:;|\boch\b|,(?![^()]*\)))\s*/)) {
        const m = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([^)]{2,80})\))?$/u.exec(part.trim());
        if (m) found.push(m[2] ? { name: m[1], organisation: m[2].trim() } : { name: m[1] });
      }
      continue;
    }
    if (line.length > 120) continue;
    const m = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3}),\s*(\S.{1,90})$/u.exec(line);
    if (m && !/kommun$/i.test(m[1])) found.push({ name: m[1], organisation: m[2].trim() });
  }
  return found.length > 0 ? found : undefined;
}

/** Municipality, evaluation month and evaluators from the title page; missing ones stay undefined. */
export function extractReportMetadata(rawLines: string[]): Metadata {
  const top: string[] = [];
  for (const raw of rawLines) {
    if (top.length >= TITLE_LINES) break;
    const plain = stripTags(raw).replace(/^#{1,6}\s*/, '');
    if (plain !== '') top.push(plain);
  }
  const all = rawLines.slice(0, 2000).join('\n').slice(0, 200_000);
  const evaluatedAt = findDate(top, all);
  const municipalityName = findMunicipality(top, all);
  const evaluators = findEvaluators(top);
  const meta: Metadata = {};
  if (evaluatedAt) {
    meta.evaluatedAt = evaluatedAt;
    meta.label = `Kommunkompassen ${evaluatedAt.slice(0, 4)}`;
  }
  if (municipalityName) meta.municipalityName = municipalityName;
  if (evaluators) meta.evaluators = evaluators;
  return meta;
}
