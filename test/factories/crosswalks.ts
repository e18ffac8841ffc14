import type { EvaluationRecord } from '@kompass/shared';
import { binary } from '../support/binary-body';
import { bearer, TestApp } from '../support/test-app';

/** The id of a framework by code (KK2016 and KK2020 are seeded on start). */
export async function frameworkId(t: TestApp, code: string): Promise<number> {
  const res = await t
    .http()
    .get('/api/frameworks')
    .query({ filter: JSON.stringify({ code }) })
    .set(bearer(t.adminToken));
  if (!res.body[0]) throw new Error(`No framework ${code}`);
  return res.body[0].id;
}

/** A framework's XLSX template by code, downloaded as the holder of `token`: the response, with the bytes as body. */
export async function downloadTemplate(t: TestApp, code: string, token = t.adminToken) {
  const res = await t
    .http()
    .get(`/api/frameworks/${await frameworkId(t, code)}/template.xlsx`)
    .set(bearer(token))
    .buffer(true)
    .parse(binary);
  if (res.status !== 200) throw new Error(`The ${code} template: ${res.status}`);
  return res;
}

/** An evaluation of area totals only (a published summary), imported as CSV with an "Område" column. */
export async function importAreaTotals(
  t: TestApp,
  token: string,
  totals: number[],
  fields: Record<string, unknown>,
): Promise<EvaluationRecord> {
  const content = ['Område;Kod;Uppnått;Max', ...totals.map((achieved, i) => `Område ${i + 1};;${achieved};100`)].join(
    '\n',
  );
  const res = await t
    .http()
    .post('/api/evaluations/import')
    .set(bearer(token))
    .send({ content, format: 'csv', fileName: 'omrade.csv', ...fields });
  if (res.status !== 201)
    throw new Error(`Area totals import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res.body.evaluation;
}
