import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsQuestionCode, OptionalText } from '../../common/dto-rules';

export class ScoreCorrectionDto {
  @IsQuestionCode('code must look like "1.3"')
  code: string;

  /** null removes the score */
  @IsOptional()
  @IsInt({ message: 'achieved must be a whole number of points' })
  @Min(0)
  @Max(10000)
  achieved: number | null;
}

export class AreaTotalCorrectionDto {
  @IsInt()
  @Min(1)
  area: number;

  /** null removes the stated total */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  statedTotal: number | null;
}

/** Manual corrections after import: metadata, sub-question scores and stated area totals. */
export class UpdateEvaluationDto {
  @OptionalText(200)
  label?: string;

  @ApiPropertyOptional({ example: '2017-09' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { message: 'evaluatedAt must be YYYY-MM or YYYY-MM-DD' })
  evaluatedAt?: string;

  @OptionalText(500)
  evaluators?: string | null;

  @ApiPropertyOptional({ type: [ScoreCorrectionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ScoreCorrectionDto)
  scores?: ScoreCorrectionDto[];

  @ApiPropertyOptional({ type: [AreaTotalCorrectionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AreaTotalCorrectionDto)
  areaTotals?: AreaTotalCorrectionDto[];
}
