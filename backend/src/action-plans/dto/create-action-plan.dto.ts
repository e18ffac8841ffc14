import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { OptionalText, TrimmedText } from '../../common/dto-rules';

export class CreateActionPlanDto {
  @ApiProperty({ description: 'The evaluation whose improvement items the plan answers' })
  @IsInt()
  @Min(1)
  baselineEvaluationId: number;

  @ApiProperty({ example: 'Handlingsplan Kommunkompassen 2017–2021' })
  @TrimmedText(200)
  title: string;

  @OptionalText(5000)
  description?: string | null;

  @ApiProperty({ example: '2021-09-30' })
  @IsCalendarDate()
  plannedReEvaluationDate: string;
}
