import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

/** Drafts one action per improvement item, titled after the item. */
export class BulkCreateActionsDto {
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: 'findingIds must name at least one improvement item' })
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  findingIds: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  ownerId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  departmentId?: number;

  @ApiPropertyOptional({ description: 'Defaults to the planned re-evaluation date' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;
}
