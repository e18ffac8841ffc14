import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FindingInputDto } from '../../evaluations/dto/finding-input.dto';

/** Confirm or override the sub-questions (`questionCodes`), or correct the text, kind, area or order. */
export class UpdateFindingDto extends PartialType(FindingInputDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  order?: number;
}
