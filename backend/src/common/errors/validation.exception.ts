import type { ValidationError } from 'class-validator';
import type { ApiErrorCode, ApiErrorDetail } from '@kompass/shared';
import { BadRequestException } from './domain.exception';

/** class-validator's constraint names, as the codes a UI translates. */
const CONSTRAINT_CODES: Record<string, ApiErrorCode> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  whitelistValidation: 'not_allowed',
  unknownValue: 'not_allowed',
  maxLength: 'too_long',
  arrayMaxSize: 'too_long',
  minLength: 'too_short',
  arrayMinSize: 'too_short',
  min: 'too_small',
  max: 'too_large',
  isInt: 'not_integer',
  isNumber: 'not_number',
  isBoolean: 'not_boolean',
  isString: 'not_string',
  isArray: 'not_array',
  isCalendarDate: 'not_date',
  isDateString: 'not_date',
  isEmail: 'not_email',
  isEnum: 'not_in_choices',
  isIn: 'not_in_choices',
};

/** Constraints whose message ends with their limit ("must be shorter than or equal to 200 characters"). */
const LIMITED = new Set(['maxLength', 'minLength', 'arrayMaxSize', 'arrayMinSize', 'min', 'max']);

/** Flattens class-validator's tree into one detail per failed constraint, named by its dotted path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): ApiErrorDetail => {
      const limit = LIMITED.has(constraint) ? /(-?\d+(?:\.\d+)?)\D*$/.exec(message)?.[1] : undefined;
      return {
        field,
        message,
        code: CONSTRAINT_CODES[constraint] ?? 'invalid_value',
        ...(limit ? { params: { limit: Number(limit) } } : {}),
      };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationException(errors: ValidationError[]): BadRequestException {
  const details = flattenValidationErrors(errors);
  const summary = details.map((d) => d.message).join('; ');
  return new BadRequestException(`Invalid request: ${summary}`, details).withCode('validation_failed');
}
