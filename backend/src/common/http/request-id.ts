import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * A request's id, the one its log lines carry: the caller's X-Request-Id when it is a plain id (a proxy's or a
 * client's, so one request can be followed across them), else a new UUID. Fastify assigns it, so the request
 * logger reuses it rather than numbering requests itself.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}
