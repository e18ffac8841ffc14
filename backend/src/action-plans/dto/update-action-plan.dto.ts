import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, Min, ValidateIf } from 'class-validator';
import { PlanStatus } from '@kompass/shared';
import { CreateActionPlanDto } from './create-action-plan.dto';

export class UpdateActionPlanDto extends PartialType(OmitType(CreateActionPlanDto, ['baselineEvaluationId'] as const)) {
  /** Links the re-evaluation (same municipality and framework, later date) and closes the plan; null unlinks it. */
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  followUpEvaluationId?: number | null;

  /** The revision the next round will use; readiness groups the actions by its areas through the crosswalk. null: the newest. */
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  nextFrameworkId?: number | null;

  @ApiPropertyOptional({ enum: PlanStatus })
  @IsOptional()
  @IsEnum(PlanStatus, { message: 'status must be active or closed' })
  status?: PlanStatus;
}
