import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { CreateFrameworkDto } from '../../frameworks/dto/create-framework.dto';

/** A new revision read from the import template of another one, edited: the template as base64 XLSX or CSV text. */
export class FrameworkFromTemplateDto extends PickType(CreateFrameworkDto, [
  'code',
  'name',
  'validFrom',
  'validTo',
] as const) {
  @ApiProperty({ description: 'The edited template: base64 of the XLSX, or the CSV as text' })
  @IsString()
  @MinLength(1, { message: 'content must not be empty' })
  @MaxLength(8 * 1024 * 1024)
  content: string;
}
