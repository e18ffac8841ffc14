import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateActionPlanDto {
  @ApiProperty({ description: 'The evaluation whose improvement items the plan answers' })
  @IsInt()
  @Min(1)
  baselineEvaluationId: number;

  @ApiProperty({ example: 'Handlingsplan Kommunkompassen 2017–2021' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ example: '2021-09-30' })
  @IsCalendarDate()
  plannedReEvaluationDate: string;
}
