import { CROSSWALK_CAVEAT, type AreaDelta, type ComparisonWarning, type ReevaluationReport } from '@kompass/shared';
import { AREA_LEVEL_NOTE_SV, warningSv } from './report-texts';

/** The caveat as the PDF and the XLSX print it: SKR's words first, then what was done. */
export function crosswalkNoteSv(report: Pick<ReevaluationReport, 'baseline' | 'followUp'>): string {
  const caveat = CROSSWALK_CAVEAT.sv;
  return `${caveat[0].toUpperCase()}${caveat.slice(1)}. Utgångsläget (${report.baseline.frameworkCode}) och omvärderingen (${report.followUp.frameworkCode}) gjordes på olika versioner av Kommunkompassen; varje område jämförs med det eller de områden det motsvarar i den nya modellen.`;
}

/** The note under the tables for comparisons that are not per sub-question; null when they are. */
export function levelNoteSv(report: Pick<ReevaluationReport, 'level' | 'baseline' | 'followUp'>): string | null {
  if (report.level === 'area') return AREA_LEVEL_NOTE_SV;
  if (report.level === 'crosswalk') return crosswalkNoteSv(report);
  return null;
}

/** Warnings in Swedish, including those of a comparison across revisions. */
export function comparisonWarningSv(
  w: ComparisonWarning,
  report: Pick<ReevaluationReport, 'baseline' | 'followUp'>,
): string | null {
  if (w.code === 'different-revisions') return null; // the level note says it
  if (w.code === 'crosswalk-rescaled')
    return `Område ${w.area} motsvaras av flera områden i den nya modellen; deras poäng visas omräknade till områdets maxpoäng.`;
  return warningSv(w, report);
}

/** "Offentlighet och demokrati → 1. Samspel mellan förtroendevalda och medborgare" at crosswalk level. */
export function areaNameSv(a: Pick<AreaDelta, 'name' | 'mappedTo'>): string {
  return a.mappedTo ? `${a.name} → ${a.mappedTo.map((m) => `${m.area}. ${m.name}`).join(', ')}` : a.name;
}

/** The same with the area's own number in front, for headings and table rows. */
export const areaLabelSv = (a: Pick<AreaDelta, 'area' | 'name' | 'mappedTo'>) => `${a.area}. ${areaNameSv(a)}`;

/** Every note of a report for the "Att notera" lists, level note first. */
export function reportNotesSv(
  report: Pick<ReevaluationReport, 'level' | 'baseline' | 'followUp' | 'warnings'>,
): string[] {
  const level = levelNoteSv(report);
  return [
    ...(level ? [level] : []),
    ...report.warnings.map((w) => comparisonWarningSv(w, report)).filter((n): n is string => n !== null),
  ];
}
