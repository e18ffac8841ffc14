import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

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
  isAuthenticated(req: FastifyRequest): boolean;
  /** POST paths (without query) that take larger JSON bodies from signed-in callers, with their limit in bytes. */
  largeBodies: Record<string, number>;
}

/**
 * A refused body: `status` and `type` are what AllExceptionsFilter maps (the names body-parser used, so the
 * answers and their codes stay as they were under Express).
 */
export type BodyError = Error & { status: number; statusCode: number; type: string; limit?: number };

function bodyError(status: number, message: string, type = 'entity.shape', limit?: number): BodyError {
  return Object.assign(new Error(message), { status, statusCode: status, type, limit });
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

const INFLATERS: Record<string, (() => NodeJS.ReadWriteStream) | null> = {
  identity: null,
  gzip: createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Resolves once the rest of the request has been read off, so that the connection can carry the next one. */
export function drainRequest(raw: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (raw.complete || raw.readableEnded || raw.destroyed) return resolve();
    raw.once('end', resolve).once('close', resolve).once('error', resolve);
    raw.resume();
  });
}

/**
 * Reads a body of at most `limit` bytes. A declared Content-Length over the limit is refused unread; a compressed
 * body is counted as it inflates, so a gzip bomb stops at the same limit. On any refusal the rest of the request
 * is read off first, as body-parser did.
 */
export function readBody(req: FastifyRequest, limit: number): Promise<Buffer> {
  const raw = req.raw;
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const refuse = (error: BodyError) => drainRequest(raw).then(() => Promise.reject(error));
  if (!(encoding in INFLATERS))
    return refuse(bodyError(415, `Unsupported content encoding "${encoding}"`, 'encoding.unsupported'));
  const inflater = INFLATERS[encoding]?.() ?? null;
  const declared = Number(req.headers['content-length']);
  if (!inflater && declared > limit) return refuse(bodyError(413, 'too large', 'entity.too.large', limit));

  return new Promise<Buffer>((resolve, reject) => {
    const source: Readable = inflater ? (raw.pipe(inflater) as unknown as Readable) : raw;
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const fail = (error: BodyError) => {
      if (settled) return;
      settled = true;
      source.removeAllListeners('data');
      if (inflater) {
        raw.unpipe(inflater);
        (inflater as unknown as Readable).destroy();
      }
      void drainRequest(raw).then(() => reject(error));
    };
    source.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) fail(bodyError(413, 'too large', 'entity.too.large', limit));
      else chunks.push(chunk);
    });
    source.once('end', () => {
      if (settled) return;
      if (!inflater && !Number.isNaN(declared) && declared !== received)
        return fail(bodyError(400, 'Request size did not match Content-Length', 'request.size.invalid'));
      settled = true;
      resolve(Buffer.concat(chunks, received));
    });
    // Bytes that do not inflate are the sender's fault; an aborted upload gets no answer anyway.
    source.once('error', () => fail(bodyError(400, 'Malformed request body', 'encoding.failed')));
    if (inflater) raw.once('error', () => fail(bodyError(400, 'Request aborted', 'request.aborted')));
    raw.once('close', () => {
      if (!raw.complete) fail(bodyError(400, 'Request aborted', 'request.aborted'));
    });
  });
}

/** The charset a Content-Type names, lower-cased; undefined when it names none. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1].toLowerCase();
}

/** The scan reads bytes as ASCII, which only UTF-8 guarantees for the structural characters. */
function assertUtf8(req: FastifyRequest): void {
  const charset = charsetOf(req.headers['content-type']) ?? 'utf-8';
  if (charset === 'utf-8') return;
  if (charset.startsWith('utf-')) throw bodyError(415, 'JSON bodies must be UTF-8');
  throw bodyError(415, `Unsupported charset "${charset.toUpperCase()}"`, 'charset.unsupported');
}

/** body-parser's strict mode: a JSON body is an object or an array. */
function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  assertJsonShape(body);
  const text = body.toString('utf8');
  const first = /^[\s\uFEFF]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw bodyError(400, 'not JSON', 'entity.parse.failed');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Never echo the parser's message: it quotes the body, which may hold a password.
    throw bodyError(400, 'not JSON', 'entity.parse.failed');
  }
}

/** A flat form: repeated names become arrays. */
function parseForm(body: Buffer, parameterLimit: number): Record<string, string | string[]> {
  const text = body.toString('utf8');
  if (text.split('&').length > parameterLimit)
    throw bodyError(413, `Request body has more than ${parameterLimit} parameters`, 'parameters.too.many');
  const form: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    const previous = form[name];
    form[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return form;
}

/**
 * The body parsers of the whole app, in place of Fastify's own. The limit is chosen per request before reading:
 * a few kB without a valid token, 1 MB with one, more only on the routes that need it. Other content types
 * (multipart aside, which the upload interceptor reads) are left unread, as Express left them.
 */
export function registerBodyParsers(fastify: FastifyInstance, options: BodyLimitOptions): void {
  const large = new Map(Object.entries(options.largeBodies));
  const limits = (req: FastifyRequest) => {
    if (!options.isAuthenticated(req))
      return { json: ANONYMOUS_BODY_LIMIT_BYTES, form: ANONYMOUS_BODY_LIMIT_BYTES, params: 20 };
    const path = req.url.split('?', 1)[0];
    const json = (req.method === 'POST' ? large.get(path) : undefined) ?? BODY_LIMIT_BYTES;
    return { json, form: BODY_LIMIT_BYTES, params: 1000 };
  };
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', (req, _payload, done) => {
    try {
      assertUtf8(req);
    } catch (error) {
      return void drainRequest(req.raw).then(() => done(error as BodyError));
    }
    readBody(req, limits(req).json).then(
      (body) => {
        try {
          done(null, parseJson(body));
        } catch (error) {
          done(error as BodyError);
        }
      },
      (error: BodyError) => done(error),
    );
  });
  fastify.addContentTypeParser('application/x-www-form-urlencoded', (req, _payload, done) => {
    const charset = charsetOf(req.headers['content-type']) ?? 'utf-8';
    if (charset !== 'utf-8') {
      const error = bodyError(415, `Unsupported charset "${charset.toUpperCase()}"`, 'charset.unsupported');
      return void drainRequest(req.raw).then(() => done(error));
    }
    const { form, params } = limits(req);
    readBody(req, form).then(
      (body) => {
        try {
          done(null, parseForm(body, params));
        } catch (error) {
          done(error as BodyError);
        }
      },
      (error: BodyError) => done(error),
    );
  });
  fastify.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
}
