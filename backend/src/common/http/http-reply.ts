import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';

/** Header values to set; null removes a header a middleware set earlier (e.g. helmet's X-Frame-Options). */
export type ReplyHeaders = Record<string, string | string[] | null>;

export interface ReplyOptions {
  /** Replaces the route's status (its @HttpCode or the method's default). */
  status?: number;
  headers?: ReplyHeaders;
  /** Complete Set-Cookie values, attributes included; they replace any Set-Cookie set before. */
  cookies?: string | string[];
}

/**
 * What a handler returns when its answer needs more than a body: a status, headers or cookies decided at run
 * time. The handler stays a function from request to value, without @Res(); HttpReplyInterceptor applies the rest.
 */
export class HttpReply<T = unknown> {
  constructor(
    readonly body: T,
    readonly options: ReplyOptions = {},
  ) {}

  /** A route that forgot @ReplyResponse() would otherwise answer this wrapper as JSON; fail loudly instead. */
  toJSON(): never {
    throw new Error('HttpReply returned from a route without @ReplyResponse()');
  }
}

export function reply<T>(body: T, options: ReplyOptions = {}): HttpReply<T> {
  return new HttpReply(body, options);
}

/**
 * Applies a returned HttpReply to the response and hands its body on to Nest, which sends it as for any other
 * route (JSON for objects, text for strings, the redirect of @Redirect()). Fastify sends bytes as they are, with
 * the Content-Type set here: a cached page kept as bytes is written without encoding it again per request.
 */
@Injectable()
export class HttpReplyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof HttpReply)) return value;
        applyReply(response, value.options);
        const body: unknown = value.body;
        return body;
      }),
    );
  }
}

/** Marks a route whose handler may return an HttpReply. */
export const ReplyResponse = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseInterceptors(HttpReplyInterceptor));

/**
 * Headers go on the reply, whose values win over those set on the raw response (helmet writes there); a removal
 * clears both.
 */
export function applyReply(response: FastifyReply, { status, headers = {}, cookies }: ReplyOptions): void {
  if (status !== undefined) response.status(status);
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) {
      response.removeHeader(name);
      response.raw.removeHeader(name);
    } else response.header(name, value);
  }
  if (cookies !== undefined) {
    // Fastify appends to Set-Cookie; these replace what was set before
    response.removeHeader('Set-Cookie');
    response.raw.removeHeader('Set-Cookie');
    response.header('Set-Cookie', cookies);
  }
}
