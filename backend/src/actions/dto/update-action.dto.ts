import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CreateActionDto } from './create-action.dto';

export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['planId'] as const)) {
  /** The version that was read. A stale one gets 409 with the current record. */
  @ApiProperty()
  @IsInt({ message: 'version must be the integer version you read' })
  @Min(1)
  version: number;

  /** Required when the status becomes done (what was achieved) or cancelled (why). Recorded as a progress report. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  comment?: string;
}
