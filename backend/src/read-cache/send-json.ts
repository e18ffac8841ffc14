import type { Response } from 'express';

/**
 * Sends JSON that is already UTF-8. Nest would serialise a returned Buffer as an object, and a string costs two
 * passes over the body (its length, then its encoding) on every answer, so the cached answers go out as bytes.
 */
export function sendJson(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(body);
}
