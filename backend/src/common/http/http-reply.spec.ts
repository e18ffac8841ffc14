import type { CallHandler, ExecutionContext } from '@nestjs/common';
import Fastify from 'fastify';
import { lastValueFrom, of } from 'rxjs';
import { HttpReplyInterceptor, reply } from './http-reply';

/** Runs the interceptor inside a real Fastify route whose raw response already carries helmet's X-Frame-Options. */
async function run(value: unknown) {
  const app = Fastify();
  let body: unknown;
  app.get('/', async (_request, fastifyReply) => {
    fastifyReply.raw.setHeader('X-Frame-Options', 'SAMEORIGIN');
    const context = { switchToHttp: () => ({ getResponse: () => fastifyReply }) } as unknown as ExecutionContext;
    const next: CallHandler = { handle: () => of(value) };
    body = await lastValueFrom(new HttpReplyInterceptor().intercept(context, next));
    return body;
  });
  const response = await app.inject({ method: 'GET', url: '/' });
  await app.close();
  return { response, body };
}

describe('HttpReplyInterceptor', () => {
  it('applies status, headers and cookies, and hands the body on', async () => {
    const { response, body } = await run(
      reply({ ok: true }, { status: 503, headers: { 'Retry-After': '3' }, cookies: ['a=1; HttpOnly', 'b=2'] }),
    );
    expect(body).toEqual({ ok: true });
    expect(response.json()).toEqual({ ok: true });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('3');
    expect(response.headers['set-cookie']).toEqual(['a=1; HttpOnly', 'b=2']);
  });

  it('removes a header given as null', async () => {
    const { response, body } = await run(reply('x', { headers: { 'X-Frame-Options': null } }));
    expect(body).toBe('x');
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('hands bytes on as they are, sent with the Content-Type of the reply', async () => {
    const bytes = Buffer.from('hej å');
    const { response, body } = await run(reply(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
    expect(body).toBe(bytes);
    expect(response.body).toBe('hej å');
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['content-length']).toBe(String(bytes.length));
  });

  it('leaves other values and the response alone', async () => {
    const { response, body } = await run({ plain: 1 });
    expect(body).toEqual({ plain: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('refuses to be serialised, so a route without @ReplyResponse() fails instead of leaking the wrapper', () => {
    expect(() => JSON.stringify(reply({ a: 1 }))).toThrow(/ReplyResponse/);
  });
});
