import fc from 'fast-check';
import { importRequest, REFERENCE_REPORT } from '../factories/evaluations';
import { mutate, mutation } from '../support/report-mutations';
import { startWithTenant, type TestTenant } from '../support/reference-tenant';
import type { TestApp } from '../support/test-app';

/** Bounded here; `npm run fuzz` runs the long version (API_FUZZ_RUNS=10000). */
const RUNS = Number(process.env.API_FUZZ_RUNS ?? 40);
/**
 * Each case is an import plus table counts (~75 ms on 2 cores, more as the tables grow): 10,000 cases need far more
 * than a fixed 10 minutes, and a property cut short by the timeout keeps importing behind the next test's back.
 */
const TIMEOUT_MS = Math.max(600_000, RUNS * 250);
const LINES = REFERENCE_REPORT.split('\n');

describe('import fuzzing through the API', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => ({ t, tenant } = await startWithTenant()));
  afterAll(() => t.close());

  const counts = async () => ({
    evaluations: await t.dataSource.getRepository('evaluation').count(),
    findings: await t.dataSource.getRepository('finding').count(),
    scores: await t.dataSource.getRepository('evaluation_score').count(),
  });

  /** Either stored whole (201), previewed (200), or refused with a 4xx that leaves every table as it was. */
  async function checkOutcome(send: () => Promise<{ status: number; body: { message?: unknown } }>, dryRun: boolean) {
    const before = await counts();
    const res = await send();
    const after = await counts();
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) {
      expect(typeof res.body.message).toBe('string');
      expect(after).toEqual(before);
    } else if (dryRun || res.status === 200) {
      expect(after).toEqual(before);
    } else {
      expect(res.status).toBe(201);
      expect(after.evaluations).toBe(before.evaluations + 1);
    }
  }

  it(
    'answers mutated reports with a result or a 4xx, and never half-writes',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          fc.boolean(),
          async (mutations, dryRun) => {
            const content = mutate(LINES, mutations);
            await checkOutcome(() => importRequest(t, tenant.coordinator.token).send({ content, dryRun }), dryRun);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'answers random uploads (binary, fake PDF/XLSX headers) with a 4xx and no write',
    async () => {
      const header = fc.constantFrom('', '%PDF-1.7\n', 'PK\u0003\u0004', '\uFEFFKod;Uppnått\n', 'Kommunkompassen\n');
      await fc.assert(
        fc.asyncProperty(header, fc.uint8Array({ maxLength: 3000 }), async (prefix, bytes) => {
          const file = Buffer.concat([Buffer.from(prefix, 'latin1'), Buffer.from(bytes)]);
          await checkOutcome(
            () =>
              importRequest(t, tenant.coordinator.token).attach('file', file, {
                filename: 'upload.bin',
                contentType: 'application/octet-stream',
              }),
            false,
          );
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 2)) },
      );
    },
    TIMEOUT_MS,
  );
});
