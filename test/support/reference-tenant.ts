import { createTenant } from '../factories';
import { importReferenceReport } from '../factories/evaluations';
import { startTestApp, type TestApp } from './test-app';

export type TestTenant = Awaited<ReturnType<typeof createTenant>>;

/**
 * A fresh test app with what `setUp` makes on it. The app is closed again if the set-up fails, since the caller
 * never receives it.
 */
async function startWith<T extends object>(setUp: (t: TestApp) => Promise<T>): Promise<{ t: TestApp } & T> {
  const t = await startTestApp();
  try {
    return { t, ...(await setUp(t)) };
  } catch (error) {
    await t.close();
    throw error;
  }
}

/** A test app with one municipality: a department and one user of each municipal role. */
export function startWithTenant(): Promise<{ t: TestApp; tenant: TestTenant }> {
  return startWith(async (t) => ({ tenant: await createTenant(t) }));
}

/**
 * A test app with one municipality whose coordinator has imported the reference report, where the action and
 * judgement specs start.
 */
export function startWithReferenceReport(): Promise<{ t: TestApp; tenant: TestTenant; evaluationId: number }> {
  return startWith(async (t) => {
    const tenant = await createTenant(t);
    return { tenant, evaluationId: (await importReferenceReport(t, tenant.coordinator.token)).evaluation.id };
  });
}
