import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Min, ValidateNested } from 'class-validator';
import { CreateActionDto } from './create-action.dto';
import { OptionalText } from '../../common/dto-rules';

/** One selected action and the version the list showed. */
export class BulkActionRefDto {
  @ApiProperty()
  @IsInt({ message: 'id must be an action id' })
  @Min(1)
  id: number;

  @ApiProperty()
  @IsInt({ message: 'version must be the integer version you read' })
  @Min(1)
  version: number;
}

/** The same change applied to every selected action, in one transaction; a stale version refuses the batch. */
export class BulkUpdateActionsDto extends PartialType(
  PickType(CreateActionDto, ['ownerId', 'departmentId', 'deadline', 'priority', 'status'] as const),
) {
  @ApiProperty({ type: [BulkActionRefDto] })
  @IsArray({ message: 'actions must be a list of {id, version}' })
  @ArrayMinSize(1, { message: 'actions must name at least one action' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BulkActionRefDto)
  actions: BulkActionRefDto[];

  /** Required when the status becomes done or cancelled; recorded as a progress report on each action. */
  @OptionalText(10000)
  comment?: string;
}
