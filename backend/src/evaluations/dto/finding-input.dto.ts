import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { FindingKind } from '@kompass/shared';
import { QuestionCodeList, TrimmedText } from '../../common/dto-rules';

/** A strength or improvement item as the coordinator confirmed it in the import preview. */
export class FindingInputDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  area: number;

  @ApiProperty({ enum: FindingKind })
  @IsEnum(FindingKind, { message: 'kind must be strength or improvement' })
  kind: FindingKind;

  @ApiProperty()
  @TrimmedText(2000)
  text: string;

  @ApiPropertyOptional({ type: [String], example: ['1.3'] })
  @QuestionCodeList(20)
  questionCodes?: string[];
}
