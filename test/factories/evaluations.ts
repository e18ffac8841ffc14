import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationRecord, ImportCommitResponse } from '@kompass/shared';
import { bearer, type ApiTarget } from './api-target';

export const REFERENCE_REPORT_PATH = join(__dirname, '../fixtures/kommunkompassen-ronneby-2017.md');
export const REFERENCE_REPORT = readFileSync(REFERENCE_REPORT_PATH, 'utf8');

/** POST /api/evaluations/import as the holder of `token`, for a test to send or attach its content to. */
export const importRequest = (t: ApiTarget, token: string) =>
  t.http().post('/api/evaluations/import').set(bearer(token));

/** The reference report uploaded as a Markdown file named `filename`, after the form fields given. */
export function uploadReport(t: ApiTarget, token: string, filename: string, fields: Record<string, string>) {
  let request = importRequest(t, token);
  for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
  return request.attach('file', Buffer.from(REFERENCE_REPORT, 'utf8'), { filename, contentType: 'text/markdown' });
}

/** The reference report (Ronneby 2017) imported through the API, as a coordinator would. */
export async function importReferenceReport(
  t: ApiTarget,
  token: string,
  fields: Record<string, unknown> = {},
): Promise<ImportCommitResponse> {
  const response = await importRequest(t, token).send({ content: REFERENCE_REPORT, ...fields });
  if (response.status !== 201)
    throw new Error(`Import failed: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
  return response.body;
}

/** A KK2016 evaluation given as CSV of code;achieved, e.g. a re-evaluation built in a test. */
export function scoresCsv(scores: Record<string, number>): string {
  return ['Kod;Uppnått', ...Object.entries(scores).map(([code, achieved]) => `${code};${achieved}`)].join('\n');
}

/** An evaluation imported from `Kod;Uppnått` CSV, e.g. a re-evaluation, with the date and label it is shown under. */
export async function importCsvEvaluation(
  t: ApiTarget,
  token: string,
  csv: string,
  fields: { evaluatedAt: string; label: string },
): Promise<EvaluationRecord> {
  const { evaluation } = await importReferenceReport(t, token, {
    content: csv,
    format: 'csv',
    fileName: `${fields.label}.csv`,
    ...fields,
  });
  return evaluation;
}
