import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextStore {
  actorId?: number;
  actorEmail?: string;
  requestId?: string;
}

/**
 * Per-request context that code far from the controller needs (the audit trail's "who").
 * A middleware opens it for every request; the access guard fills in the actor.
 */
export const requestContext = new AsyncLocalStorage<RequestContextStore>();

export function currentActor(): RequestContextStore {
  return requestContext.getStore() ?? {};
}
