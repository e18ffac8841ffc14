import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadRequestException } from './errors/domain.exception';

/** Path ids are positive integers; anything else is a 400 naming the parameter (never a database error). */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^\d{1,15}$/.test(value) || Number(value) < 1)
      throw new BadRequestException(`${name} must be a positive integer (got "${String(value).slice(0, 40)}")`, [
        { field: name, message: 'must be a positive integer', code: 'invalid_id' },
      ]).withCode('invalid_id', { field: name });
    return Number(value);
  }
}
