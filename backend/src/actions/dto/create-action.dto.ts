import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ActionPriority, ActionStatus } from '@kompass/shared';
import { IsCalendarDate } from '../../common/dates';
import { OptionalText, QuestionCodeList, TrimmedText } from '../../common/dto-rules';

export class CreateActionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  planId: number;

  @ApiPropertyOptional({ type: [Number], description: 'Improvement items of the plan’s baseline evaluation' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  findingIds?: number[];

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    description:
      'Overrides the codes of its improvement items; omitted, null or [] follows them (and their later corrections)',
  })
  @QuestionCodeList(50)
  questionCodes?: string[] | null;

  @ApiProperty({ example: 'Ta fram en kommunövergripande värdegrund' })
  @TrimmedText(300)
  title: string;

  @OptionalText(10000)
  description?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  ownerId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  departmentId?: number | null;

  @ApiPropertyOptional({ example: '2026-01-15' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiProperty({ example: '2026-06-30' })
  @IsCalendarDate()
  deadline: string;

  @ApiPropertyOptional({ enum: ActionStatus })
  @IsOptional()
  @IsEnum(ActionStatus, { message: `status must be one of ${Object.values(ActionStatus).join(', ')}` })
  status?: ActionStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt({ message: 'progress must be a whole percentage' })
  @Min(0)
  @Max(100)
  progress?: number;

  @ApiPropertyOptional({ enum: ActionPriority })
  @IsOptional()
  @IsEnum(ActionPriority, { message: 'priority must be low, normal or high' })
  priority?: ActionPriority;

  @OptionalText(5000)
  expectedEffect?: string | null;
}
