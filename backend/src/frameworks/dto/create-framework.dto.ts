import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { AreaDefinition, FrameworkDefinition, QuestionDefinition } from '@kompass/shared';
import { IsQuestionCode } from '../../common/dto-rules';

export class QuestionDefinitionDto implements QuestionDefinition {
  @ApiProperty({ example: '1.3' })
  @IsQuestionCode('code must look like "1.3"')
  code: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  text: string;

  @ApiProperty({ example: 25 })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxPoints: number;
}

export class AreaDefinitionDto implements AreaDefinition {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @ApiProperty({ example: 'Offentlighet och demokrati' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  aliases?: string[];

  @ApiProperty({ example: 100 })
  @IsInt()
  @Min(1)
  @Max(10000)
  maxPoints: number;

  /** Empty in every area for a revision known only at area level (its sub-questions learned from a report later). */
  @ApiProperty({ type: [QuestionDefinitionDto] })
  @IsArray()
  @ArrayMaxSize(99)
  @ValidateNested({ each: true })
  @Type(() => QuestionDefinitionDto)
  questions: QuestionDefinitionDto[];
}

export class CreateFrameworkDto implements FrameworkDefinition {
  @ApiProperty({ example: 'KK2020' })
  @Matches(/^[A-Za-z0-9_-]{2,20}$/, { message: 'code must be 2–20 letters, digits, - or _' })
  code: string;

  @ApiProperty({ example: 'Kommunkompassen 2020' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  validFrom?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  validTo?: number;

  @ApiProperty({ type: [AreaDefinitionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AreaDefinitionDto)
  areas: AreaDefinitionDto[];
}
