import { createTenant } from '../factories';
import { importReferenceReport } from '../factories/evaluations';
import { startTestApp, type TestApp } from './test-app';

export type TestTenant = Awaited<ReturnType<typeof createTenant>>;

/**
 * A test app with one municipality whose coordinator has imported the reference report, where the action and
 * judgement specs start. The app is closed again if the set-up fails, since the caller never receives it.
 */
export async function startWithReferenceReport(): Promise<{ t: TestApp; tenant: TestTenant; evaluationId: number }> {
  const t = await startTestApp();
  try {
    const tenant = await createTenant(t);
    const evaluationId = (await importReferenceReport(t, tenant.coordinator.token)).evaluation.id;
    return { t, tenant, evaluationId };
  } catch (error) {
    await t.close();
    throw error;
  }
}
