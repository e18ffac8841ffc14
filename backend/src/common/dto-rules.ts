import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A sub-question code: area number, a dot, question number ("1.3"). */
export const QUESTION_CODE = /^\d{1,2}\.\d{1,2}$/;

/**
 * Decorators as they would read stacked on the property. TypeScript applies a stack bottom-up and class-validator
 * reports failures in the order its decorators were applied, so the list is applied from its end.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}

/** For @Transform: surrounding whitespace off a string; anything else is left for the validators. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Required text, trimmed, at least one character and at most `max`. */
export function TrimmedText(max: number): PropertyDecorator {
  return (target, key) =>
    stacked(
      Transform(trim),
      IsString(),
      MinLength(1, { message: `${String(key)} must not be empty` }),
      MaxLength(max),
    )(target, key);
}

/** Optional text of at most `max` characters. */
export const OptionalText = (max: number, api?: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(api), IsOptional(), IsString(), MaxLength(max));

/** One sub-question code, or with `each` every code of a list. */
export const IsQuestionCode = (message: string, each = false) => Matches(QUESTION_CODE, { each, message });

/** An optional list of at most `max` sub-question codes. */
export const QuestionCodeList = (max: number) =>
  stacked(IsOptional(), IsArray(), ArrayMaxSize(max), IsQuestionCode('questionCodes must look like "1.3"', true));
