import { HttpReply, reply, type ReplyHeaders } from './http-reply';

export interface ConditionalBody {
  body: Uint8Array | string;
  /** A strong validator, quotes included: `"abc"`. */
  etag: string;
  contentType: string;
  /** Sent with the full answer and with the 304 alike (caching, CORS, policy headers). */
  headers?: ReplyHeaders;
}

/**
 * A GET answer revalidated by ETag: 304 without a body when the client already holds this version (RFC 9110
 * If-None-Match, weak comparison), the full body otherwise. Content-Type goes with the body only.
 */
export function conditionalReply(ifNoneMatch: string | undefined, answer: ConditionalBody): HttpReply {
  const headers = { ...answer.headers, ETag: answer.etag };
  if (matchesEtag(ifNoneMatch, answer.etag)) return reply(undefined, { status: 304, headers });
  return reply(answer.body, { headers: { ...headers, 'Content-Type': answer.contentType } });
}

/** True when an If-None-Match header names this ETag, as is or weak, or is `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
