import { StreamableFile, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { lastValueFrom, of } from 'rxjs';
import { HttpReplyInterceptor, reply } from './http-reply';

function run(value: unknown): { response: ServerResponse; body: Promise<unknown> } {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  response.setHeader('X-Frame-Options', 'SAMEORIGIN');
  const context = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => of(value) };
  return { response, body: lastValueFrom(new HttpReplyInterceptor().intercept(context, next)) };
}

describe('HttpReplyInterceptor', () => {
  it('applies status, headers and cookies, and hands the body on', async () => {
    const { response, body } = run(
      reply({ ok: true }, { status: 503, headers: { 'Retry-After': '3' }, cookies: ['a=1; HttpOnly', 'b=2'] }),
    );
    expect(await body).toEqual({ ok: true });
    expect(response.statusCode).toBe(503);
    expect(response.getHeader('Retry-After')).toBe('3');
    expect(response.getHeader('Set-Cookie')).toEqual(['a=1; HttpOnly', 'b=2']);
  });

  it('removes a header given as null', async () => {
    const { response, body } = run(reply('x', { headers: { 'X-Frame-Options': null } }));
    expect(await body).toBe('x');
    expect(response.hasHeader('X-Frame-Options')).toBe(false);
  });

  it('sends bytes as a file, since Nest would answer a Buffer as JSON', async () => {
    const { body } = run(reply(Buffer.from('hej')));
    const sent = await body;
    expect(sent).toBeInstanceOf(StreamableFile);
    expect((sent as StreamableFile).getHeaders().length).toBe(3);
  });

  it('leaves other values and the response alone', async () => {
    const { response, body } = run({ plain: 1 });
    expect(await body).toEqual({ plain: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.getHeader('X-Frame-Options')).toBe('SAMEORIGIN');
  });

  it('refuses to be serialised, so a route without @ReplyResponse() fails instead of leaking the wrapper', () => {
    expect(() => JSON.stringify(reply({ a: 1 }))).toThrow(/ReplyResponse/);
  });
});
