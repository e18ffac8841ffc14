import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/**
 * The global ValidationPipe, except that path parameters reach their own pipes as sent: with `transform: true`
 * Nest turns `id: number` parameters into Number("0x1") = 1 before ParseIdPipe sees them, so `/actions/0x1`,
 * `/1.0` and `/1e0` resolved to records.
 */
export class AppValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}
