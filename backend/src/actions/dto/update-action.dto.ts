import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateActionDto } from './create-action.dto';
import { OptionalText } from '../../common/dto-rules';

export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['planId'] as const)) {
  /** The version that was read. A stale one gets 409 with the current record. */
  @ApiProperty()
  @IsInt({ message: 'version must be the integer version you read' })
  @Min(1)
  version: number;

  /** Required when the status becomes done (what was achieved) or cancelled (why). Recorded as a progress report. */
  @OptionalText(10000)
  comment?: string;
}
