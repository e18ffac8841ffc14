import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { FindingKind } from '@kompass/shared';

/** A strength or improvement item as the coordinator confirmed it in the import preview. */
export class FindingInputDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  area: number;

  @ApiProperty({ enum: FindingKind })
  @IsEnum(FindingKind, { message: 'kind must be strength or improvement' })
  kind: FindingKind;

  @ApiProperty()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(2000)
  text: string;

  @ApiPropertyOptional({ type: [String], example: ['1.3'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{1,2}\.\d{1,2}$/, { each: true, message: 'questionCodes must look like "1.3"' })
  questionCodes?: string[];
}
