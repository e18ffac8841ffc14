import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { CrosswalkAreaLink, CrosswalkQuestionLink } from '@kompass/shared';
import { IsQuestionCode } from '../../common/dto-rules';

export class CrosswalkAreaLinkDto implements CrosswalkAreaLink {
  @ApiProperty({ example: 2, description: 'Area number in the source revision' })
  @IsInt()
  @Min(1)
  @Max(99)
  from: number;

  @ApiProperty({ example: [5], description: 'Area numbers in the target revision' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(99, { each: true })
  to: number[];
}

export class CrosswalkQuestionLinkDto implements CrosswalkQuestionLink {
  @ApiProperty({ example: '2.4' })
  @IsQuestionCode('from must be a sub-question code like "1.3"')
  from: string;

  @ApiProperty({ example: ['5.2'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsQuestionCode('each of to must be a sub-question code like "1.3"', true)
  to: string[];
}

export class PutCrosswalkDto {
  @ApiProperty({ type: [CrosswalkAreaLinkDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CrosswalkAreaLinkDto)
  areas: CrosswalkAreaLinkDto[];

  @ApiPropertyOptional({ type: [CrosswalkQuestionLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => CrosswalkQuestionLinkDto)
  questions?: CrosswalkQuestionLinkDto[];
}
