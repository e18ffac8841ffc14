import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { HttpAdapterHost } from '@nestjs/core';
import type { ApiError, ApiErrorCode } from '@kompass/shared';
import { DomainException, RetryLaterException } from './domain.exception';
import { fromDatabaseError } from './database-errors';

/** The one place where errors become HTTP: domain exceptions, Nest's own, and everything else as a logged 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const adapter = this.adapterHost.httpAdapter;
    const response: unknown = host.switchToHttp().getResponse();
    const { status, body } = this.toBody(exception);
    if (adapter.isHeadersSent(response)) return;
    if (exception instanceof RetryLaterException)
      adapter.setHeader(response, 'Retry-After', String(exception.retryAfterSeconds));
    // A route that declared another type (HTML, cached JSON text) still answers its errors as JSON.
    adapter.setHeader(response, 'Content-Type', 'application/json; charset=utf-8');
    // Serialised here: the Fastify adapter would replace a Content-Type with a charset, and warn, for an error object
    adapter.reply(response, JSON.stringify(body), status);
  }

  private toBody(raw: unknown): { status: number; body: ApiError & Record<string, unknown> } {
    const exception = fromDatabaseError(raw) ?? raw;
    if (exception instanceof DomainException) {
      const status = exception.statusCode;
      const code = exception.code ?? codeOfStatus(status);
      // A detail without its own code is one instance of the error's code, so the UI can still translate it
      const details = exception.details?.map((d) => (d.code ? d : { ...d, code }));
      return {
        status,
        body: {
          statusCode: status,
          error: reasonPhrase(status),
          code,
          ...(exception.params ? { params: exception.params } : {}),
          message: exception.message,
          ...(details?.length ? { details } : {}),
          ...exception.extra,
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever a library put in message
              String((response as { message?: unknown }).message ?? exception.message);
      // Nest raises a plain 400 itself only for a request Fastify could not parse (bad %-encoding, malformed multipart)
      const code =
        status === 404 && isMissingRoute(message)
          ? 'no_such_endpoint'
          : status === 400
            ? 'malformed_body'
            : codeOfStatus(status);
      return {
        status,
        body: { statusCode: status, error: reasonPhrase(status), code, message: humanise(status, message) },
      };
    }
    const bodyParserStatus = bodyParserError(exception);
    if (bodyParserStatus) return bodyParserStatus;
    const errorId = randomUUID();
    this.logger.error({ errorId, err: exception }, `Unhandled error ${errorId}`);
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: {
        statusCode: 500,
        error: reasonPhrase(500),
        code: 'internal_error',
        message: `Internal error. Quote error id ${errorId} when reporting it.`,
        errorId,
      },
    };
  }
}

/**
 * The body parsers (common/http/body-limits.ts) throw plain errors with a `type` and `status`, named as body-parser
 * named them: too large, malformed JSON, bad charset, a body that does not inflate.
 */
function bodyParserError(exception: unknown): { status: number; body: ApiError & Record<string, unknown> } | null {
  const e = exception as { type?: string; status?: number; limit?: number; expose?: boolean };
  if (!e || typeof e !== 'object' || typeof e.status !== 'number') return null;
  if (typeof e.type !== 'string' && !(e.expose === true && e.status >= 400 && e.status < 500)) return null;
  const messages: Record<string, string> = {
    'entity.too.large': `Request body is larger than the limit of ${e.limit ?? '?'} bytes`,
    'entity.parse.failed': 'Request body is not valid JSON',
    'encoding.unsupported': 'Request body has an unsupported encoding',
    'charset.unsupported': 'Request body has an unsupported charset',
    'entity.shape': (exception as Error).message,
  };
  const status = e.status >= 400 && e.status < 500 ? e.status : 400;
  return {
    status,
    body: {
      statusCode: status,
      error: reasonPhrase(status),
      code: status === 413 ? 'payload_too_large' : 'malformed_body',
      message: (e.type && messages[e.type]) || 'Malformed request body',
    },
  };
}

function isMissingRoute(message: string): boolean {
  return /^Cannot (GET|POST|PUT|DELETE|PATCH)/.test(message);
}

function humanise(status: number, message: string): string {
  if (status === 404 && isMissingRoute(message)) return `No such endpoint: ${message.slice(7)}`;
  if (status === 429) return 'Too many attempts, try again in a minute';
  return message;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const STATUS_CODES: Record<number, ApiErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** The generic code of a status, for errors no one gave a more specific one. */
export function codeOfStatus(status: number): ApiErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
