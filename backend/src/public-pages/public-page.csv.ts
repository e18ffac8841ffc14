import type { PublicPageData } from '@kompass/shared';
import { toSwedishCsv } from '../common/export/spreadsheet-safety';

/** Column names of data.csv: part of the documented, stable open-data schema (README, "Öppen redovisning"). */
export const PUBLIC_CSV_COLUMNS = [
  'kommunkod',
  'kommun',
  'plan_id',
  'plan',
  'plan_status',
  'atgard_id',
  'atgard',
  'status',
  'omraden',
  'delfragor',
  'planerat_klart',
  'sammanfattning',
  'forvaltning',
  'uppdaterad',
  'licens',
];

/** One row per published action, in the page's order; the same content as data.json. */
export function renderPublicCsv(data: PublicPageData): string {
  const rows = data.plans.flatMap((plan) =>
    plan.actions.map((a) => [
      data.municipality.code,
      data.municipality.name,
      plan.id,
      plan.title,
      plan.status,
      a.id,
      a.title,
      a.status,
      a.areas.join(' '),
      a.questionCodes.join(' '),
      a.plannedDate,
      a.summary ?? '',
      a.department ?? '',
      a.updatedAt,
      data.licence.id,
    ]),
  );
  return toSwedishCsv(PUBLIC_CSV_COLUMNS, rows);
}
