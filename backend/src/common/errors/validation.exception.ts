import type { ValidationError } from 'class-validator';
import type { ApiErrorDetail } from '@kompass/shared';
import { BadRequestException } from './domain.exception';

/** Flattens class-validator's tree into one detail per failed constraint, named by its dotted path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationException(errors: ValidationError[]): BadRequestException {
  const details = flattenValidationErrors(errors);
  const summary = details.map((d) => d.message).join('; ');
  return new BadRequestException(`Invalid request: ${summary}`, details);
}
