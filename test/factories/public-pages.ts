import type { ActionPublicationRecord, PlanPublicationRecord, PublicProfileRecord } from '@kompass/shared';
import { bearer, TestApp } from '../support/test-app';

async function put<T>(t: TestApp, token: string, path: string, body: Record<string, unknown>): Promise<T> {
  const res = await t.http().put(path).set(bearer(token)).send(body);
  if (res.status !== 200) throw new Error(`PUT ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Publishes (or unpublishes) a plan on /oppet/<kommunkod> as its coordinator would. */
export const setPlanPublication = (
  t: TestApp,
  token: string,
  planId: number,
  body: { published?: boolean; actionsPublishedByDefault?: boolean },
) => put<PlanPublicationRecord>(t, token, `/api/action-plans/${planId}/publication`, body);

export const setActionPublication = (
  t: TestApp,
  token: string,
  actionId: number,
  body: { published?: boolean; publicSummary?: string | null },
) => put<ActionPublicationRecord>(t, token, `/api/actions/${actionId}/publication`, body);

export const setPublicProfile = (
  t: TestApp,
  token: string,
  municipalityId: number,
  body: Partial<Omit<PublicProfileRecord, 'municipalityId'>>,
) => put<PublicProfileRecord>(t, token, `/api/public-profiles/${municipalityId}`, body);
