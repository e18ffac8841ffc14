import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A new revision read from the import template of another one, edited: the template as base64 XLSX or CSV text. */
export class FrameworkFromTemplateDto {
  @ApiProperty({ example: 'KK2024' })
  @Matches(/^[A-Za-z0-9_-]{2,20}$/, { message: 'code must be 2–20 letters, digits, - or _' })
  code: string;

  @ApiProperty({ example: 'Kommunkompassen 2024' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  validFrom?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  validTo?: number;

  @ApiProperty({ description: 'The edited template: base64 of the XLSX, or the CSV as text' })
  @IsString()
  @MinLength(1, { message: 'content must not be empty' })
  @MaxLength(8 * 1024 * 1024)
  content: string;
}
