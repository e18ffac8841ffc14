import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadRequestException } from './errors/domain.exception';

/**
 * Path ids are canonical positive integers ("7", never "07", "7.0", "0x7" or "7e0"), so one record has one URL;
 * anything else is a 400 naming the parameter (never a database error). AppValidationPipe leaves them strings.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value))
      throw new BadRequestException(`${name} must be a positive integer (got "${String(value).slice(0, 40)}")`, [
        { field: name, message: 'must be a positive integer', code: 'invalid_id' },
      ]).withCode('invalid_id', { field: name });
    return Number(value);
  }
}
