import Fastify, { type FastifyInstance } from 'fastify';
import { gzipSync } from 'node:zlib';
import { ANONYMOUS_BODY_LIMIT_BYTES, BODY_LIMIT_BYTES, registerBodyParsers } from './body-limits';

/** A real Fastify instance with the app's parsers; `Authorization: ok` stands for a valid token. */
async function server(): Promise<FastifyInstance> {
  const app = Fastify();
  registerBodyParsers(app, {
    isAuthenticated: (req) => req.headers.authorization === 'ok',
    largeBodies: { '/large': 2 * BODY_LIMIT_BYTES },
  });
  app.setErrorHandler((error: Error & { status?: number; type?: string; limit?: number }, _req, reply) =>
    reply.status(error.status ?? 500).send({ type: error.type, limit: error.limit, message: error.message }),
  );
  const echo = (req: { body: unknown }) => ({ body: req.body ?? null });
  app.post('/echo', async (req) => echo(req));
  app.post('/large', async (req) => echo(req));
  await app.ready();
  return app;
}

describe('body parsers', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await server();
  });
  afterAll(() => app.close());

  const post = (payload: string | Buffer, headers: Record<string, string> = {}, url = '/echo') =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...headers } });

  it('chooses the limit by token and route before reading', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(ANONYMOUS_BODY_LIMIT_BYTES) });
    const anonymous = await post(body);
    expect(anonymous.statusCode).toBe(413);
    expect(anonymous.json()).toMatchObject({ type: 'entity.too.large', limit: ANONYMOUS_BODY_LIMIT_BYTES });
    expect((await post(body, { authorization: 'ok' })).json()).toEqual({ body: JSON.parse(body) });
    const big = JSON.stringify({ text: 'x'.repeat(BODY_LIMIT_BYTES) });
    expect((await post(big, { authorization: 'ok' })).statusCode).toBe(413);
    expect((await post(big, { authorization: 'ok' }, '/large')).statusCode).toBe(200);
  });

  it('counts compressed bodies as they inflate, and refuses bytes that do not inflate', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ text: ' '.repeat(1024 * 1024) })));
    expect(bomb.length).toBeLessThan(ANONYMOUS_BODY_LIMIT_BYTES);
    expect((await post(bomb, { 'content-encoding': 'gzip' })).json()).toMatchObject({ type: 'entity.too.large' });
    const small = gzipSync(Buffer.from('{"a":1}'));
    expect((await post(small, { 'content-encoding': 'GZIP' })).json()).toEqual({ body: { a: 1 } });
    const junk = await post('not gzip at all', { 'content-encoding': 'gzip' });
    expect({ status: junk.statusCode, type: junk.json().type }).toEqual({ status: 400, type: 'encoding.failed' });
    for (const encoding of ['zstd', 'gzip, gzip'])
      expect((await post(small, { 'content-encoding': encoding })).statusCode).toBe(415);
  });

  it('takes UTF-8 JSON objects and arrays only, checking their shape on the raw bytes', async () => {
    expect((await post('{"a":1}', { 'content-type': 'application/json; charset=utf-16' })).statusCode).toBe(415);
    expect((await post('{"a":1}', { 'content-type': 'application/json; charset=latin1' })).json()).toMatchObject({
      type: 'charset.unsupported',
    });
    expect((await post('"text"')).json()).toMatchObject({ type: 'entity.parse.failed' });
    const malformed = await post('{"password":"hemligt"');
    expect(malformed.json()).toMatchObject({ type: 'entity.parse.failed' });
    expect(malformed.body).not.toContain('hemligt');
    expect((await post(`${'['.repeat(40)}${']'.repeat(40)}`)).statusCode).toBe(400);
    expect((await post(`[${'0,'.repeat(20_000)}0]`, { authorization: 'ok' })).statusCode).toBe(413);
    expect((await post('{"a":"[[[[,,,]"}')).json()).toEqual({ body: { a: '[[[[,,,]' } });
  });

  it('parses flat forms with a bounded number of parameters, and leaves other types unread', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await post('a=1&a=2&b=%C3%A5', form)).json()).toEqual({ body: { a: ['1', '2'], b: 'å' } });
    expect((await post('a=1&'.repeat(21), form)).json()).toMatchObject({ type: 'parameters.too.many' });
    expect((await post('a=1&'.repeat(21), { ...form, authorization: 'ok' })).statusCode).toBe(200);
    expect((await post('plain text', { 'content-type': 'text/plain' })).json()).toEqual({ body: null });
  });
});
