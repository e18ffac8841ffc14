import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { FindingInputDto } from './finding-input.dto';
import { OptionalText } from '../../common/dto-rules';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
/** Multipart sends every field as text; the confirmed findings then arrive as a JSON string. */
const jsonArray = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? plainToInstance(FindingInputDto, parsed) : value;
  } catch {
    return value;
  }
};

export const IMPORT_FORMAT_OPTIONS = ['auto', 'report-text', 'pdf', 'csv', 'xlsx'] as const;

/** JSON body, or the text fields of a multipart upload whose `file` holds the report. */
export class ImportEvaluationDto {
  @ApiPropertyOptional({ description: 'Required for admins; coordinators import into their own municipality' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'municipalityId must be an integer' })
  @Min(1)
  municipalityId?: number;

  @ApiPropertyOptional({ description: 'Defaults to the framework in force the year of the evaluation' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'frameworkId must be an integer' })
  @Min(1)
  frameworkId?: number;

  @ApiPropertyOptional({ enum: IMPORT_FORMAT_OPTIONS, default: 'auto' })
  @IsOptional()
  @IsIn(IMPORT_FORMAT_OPTIONS, { message: `format must be one of ${IMPORT_FORMAT_OPTIONS.join(', ')}` })
  format?: (typeof IMPORT_FORMAT_OPTIONS)[number];

  @ApiPropertyOptional({ description: 'The report as text, or base64 for PDF and XLSX' })
  @IsOptional()
  @IsString({ message: 'content must be a string (text, or base64 for PDF/XLSX)' })
  content?: string;

  @ApiPropertyOptional({ enum: ['text', 'base64'], description: 'Detected when not given' })
  @IsOptional()
  @IsIn(['text', 'base64'], { message: 'contentEncoding must be text or base64' })
  contentEncoding?: 'text' | 'base64';

  @ApiPropertyOptional({
    example: '2017-09',
    description: 'YYYY-MM or YYYY-MM-DD; read from the report when not given',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { message: 'evaluatedAt must be YYYY-MM or YYYY-MM-DD' })
  evaluatedAt?: string;

  @OptionalText(200, { example: 'Kommunkompassen 2017' })
  label?: string;

  @OptionalText(500)
  evaluators?: string;

  @OptionalText(255, { description: 'Original file name, when content is sent as JSON' })
  fileName?: string;

  @ApiPropertyOptional({ default: false, description: 'Preview only: nothing is stored' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  @ApiPropertyOptional({
    type: [FindingInputDto],
    description: 'The findings as confirmed in the preview; replaces the parsed ones',
  })
  @IsOptional()
  @Transform(jsonArray)
  @IsArray({ message: 'findings must be a list' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FindingInputDto)
  findings?: FindingInputDto[];

  @ApiPropertyOptional({
    default: false,
    description: 'Stores the sub-question catalogue the preview learned from the report, with the evaluation',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'confirmFramework must be true or false' })
  confirmFramework?: boolean;
}
