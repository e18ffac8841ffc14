import { HttpStatus } from '@nestjs/common';
import type { ApiErrorCode, ApiErrorDetail, ApiErrorParams } from '@kompass/shared';

/**
 * Base of every error the domain raises on purpose. The global filter maps it to
 * `{statusCode, error, code, params?, message, details?}` without ever leaking a stack trace.
 * Without `withCode` the code is the generic one of its status.
 */
export class DomainException extends Error {
  code?: ApiErrorCode;
  params?: ApiErrorParams;

  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: ApiErrorDetail[],
    /** Extra top-level fields for the body, e.g. the current record on a 409. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The stable code (and its interpolation values) the UI translates instead of the English message. */
  withCode(code: ApiErrorCode, params?: ApiErrorParams): this {
    this.code = code;
    this.params = params;
    return this;
  }
}

export class BadRequestException extends DomainException {
  constructor(message: string, details?: ApiErrorDetail[]) {
    super(HttpStatus.BAD_REQUEST, message, details);
  }
}

export class NotFoundException extends DomainException {
  constructor(entity: string, id?: number | string) {
    super(HttpStatus.NOT_FOUND, id === undefined ? `${entity} not found` : `${entity} ${id} not found`);
    this.withCode('not_found', id === undefined ? { entity } : { entity, id });
  }
}

export class ForbiddenException extends DomainException {
  constructor(message = 'Your role does not allow this') {
    super(HttpStatus.FORBIDDEN, message);
  }
}

export class ConflictException extends DomainException {
  constructor(message: string, extra?: Record<string, unknown>) {
    super(HttpStatus.CONFLICT, message, undefined, extra);
  }
}

/** Well-formed input that breaks a domain rule: 422 listing every problem. */
export class UnprocessableException extends DomainException {
  constructor(message: string, details?: ApiErrorDetail[]) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, message, details);
  }
}

/** 429 or 503 that tells the client when to try again (the filter sends it as `Retry-After`). */
export class RetryLaterException extends DomainException {
  constructor(
    status: HttpStatus.TOO_MANY_REQUESTS | HttpStatus.SERVICE_UNAVAILABLE,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(status, message);
  }
}
