import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** JSON and form bodies of signed-in callers; the import route has a limit of its own. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** A caller without a valid token only ever sends a login: a few hundred bytes. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 4 * 1024;
/** No DTO nests deeper than ~5 levels; class-transformer and class-validator recurse once per level. */
export const MAX_BODY_DEPTH = 32;
/** Values (array elements and object members) in one body; the largest legitimate one is an import with 500 findings. */
export const MAX_BODY_ELEMENTS = 20_000;

export interface BodyLimitOptions {
  /** True when the request carries a valid token; decided before a byte of the body is read. */
  isAuthenticated(req: Request): boolean;
  /** POST paths (without query) that take larger JSON bodies from signed-in callers, with their limit in bytes. */
  largeBodies: Record<string, number>;
}

type BodyError = Error & { status: number; type: string };

function bodyError(status: number, message: string): BodyError {
  return Object.assign(new Error(message), { status, type: 'entity.shape' });
}

/**
 * Counts nesting depth and values in raw JSON bytes in one pass, before JSON.parse builds a single object:
 * `[{},{},…]` costs the parser ~100 bytes of heap per 3 bytes of input, and 100k nested arrays overflow the
 * validation pipe's recursion. Strings are skipped with a native search for the closing quote.
 */
export function assertJsonShape(body: Buffer, maxDepth = MAX_BODY_DEPTH, maxElements = MAX_BODY_ELEMENTS): void {
  let depth = 0;
  let elements = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === 0x22) {
      // Find the closing quote: one preceded by an even number of backslashes.
      let end = body.indexOf(0x22, i + 1);
      while (end > 0) {
        let slashes = 0;
        while (body[end - 1 - slashes] === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = body.indexOf(0x22, end + 1);
      }
      if (end < 0) return; // unterminated: JSON.parse answers 400 for it
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) throw bodyError(400, `Request body is nested more than ${maxDepth} levels deep`);
      if (++elements > maxElements) throw bodyError(413, `Request body has more than ${maxElements} values`);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    } else if (c === 0x2c) {
      if (++elements > maxElements) throw bodyError(413, `Request body has more than ${maxElements} values`);
    }
  }
}

function verifyJson(_req: Request, _res: Response, body: Buffer, encoding: string): void {
  // The scan reads bytes as ASCII, which only UTF-8 guarantees for the structural characters.
  if (encoding.toLowerCase() !== 'utf-8') throw bodyError(415, 'JSON bodies must be UTF-8');
  assertJsonShape(body);
}

const jsonParser = (limit: number) => express.json({ limit, verify: verifyJson });
const formParser = (limit: number, parameterLimit: number) =>
  express.urlencoded({ limit, extended: true, parameterLimit });

/**
 * The body parsers of the whole app (Nest's own are switched off with `bodyParser: false`). The limit is chosen
 * before reading: a few kB without a valid token, 1 MB with one, more only on the routes that need it. Bodies
 * compressed with Content-Encoding are counted after inflating, so a gzip bomb stops at the same limit.
 */
export function bodyParsers(options: BodyLimitOptions): RequestHandler {
  const anonymous = { json: jsonParser(ANONYMOUS_BODY_LIMIT_BYTES), form: formParser(ANONYMOUS_BODY_LIMIT_BYTES, 20) };
  const signedIn = { json: jsonParser(BODY_LIMIT_BYTES), form: formParser(BODY_LIMIT_BYTES, 1000) };
  const large = new Map(
    Object.entries(options.largeBodies).map(([path, limit]) => [
      path,
      { json: jsonParser(limit), form: signedIn.form },
    ]),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return next();
    const parsers = !options.isAuthenticated(req)
      ? anonymous
      : ((req.method === 'POST' ? large.get(req.path) : undefined) ?? signedIn);
    parsers.json(req, res, (error?: unknown) => (error ? next(error) : parsers.form(req, res, next)));
  };
}
