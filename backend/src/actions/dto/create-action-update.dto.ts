import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ActionStatus, Judgement } from '@kompass/shared';
import { OptionalText } from '../../common/dto-rules';

export class EvidenceLinkDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(2000)
  url: string;
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
/** Multipart sends every field as text; links then arrive as a JSON string. */
const jsonLinks = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? plainToInstance(EvidenceLinkDto, parsed) : value;
  } catch {
    return value;
  }
};

/** A lägesrapport: a comment, a status and/or progress change, and evidence. JSON, or multipart with `files`. */
export class CreateActionUpdateDto {
  @OptionalText(10000)
  comment?: string;

  @ApiPropertyOptional({ enum: ActionStatus })
  @IsOptional()
  @IsEnum(ActionStatus, { message: `status must be one of ${Object.values(ActionStatus).join(', ')}` })
  status?: ActionStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'progress must be a whole percentage' })
  @Min(0)
  @Max(100)
  progress?: number;

  /** The owner's judgement: on_track (enligt plan), at_risk (risk) or off_track (avviker). The latest is the action's. */
  @ApiPropertyOptional({ enum: Judgement })
  @IsOptional()
  @IsEnum(Judgement, { message: `judgement must be one of ${Object.values(Judgement).join(', ')}` })
  judgement?: Judgement;

  @ApiPropertyOptional({ type: [EvidenceLinkDto] })
  @IsOptional()
  @Transform(jsonLinks)
  @IsArray({ message: 'links must be a list of {label, url}' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceLinkDto)
  links?: EvidenceLinkDto[];

  /** The action version that was read; when given, a stale one gets 409. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  version?: number;
}
