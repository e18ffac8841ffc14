import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { TrimmedText, trim } from '../../common/dto-rules';

export class CreateMunicipalityDto {
  @ApiProperty({ example: 'Ronneby kommun' })
  @TrimmedText(200)
  name: string;

  @ApiProperty({ example: '1081', description: 'kommunkod, 4 digits' })
  @Transform(trim)
  @IsString()
  @Matches(/^\d{4}$/, { message: 'code must be a 4-digit kommunkod such as 1081' })
  code: string;

  @ApiPropertyOptional({ example: '212000-0829' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^(\d{6}-\d{4})?$/, { message: 'organisationNumber must look like 212000-0829' })
  organisationNumber?: string | null;
}
