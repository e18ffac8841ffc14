import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale } from '@kompass/shared';
import { OptionalText, trim } from '../../common/dto-rules';

export class UpdateMeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: Locale })
  @IsOptional()
  @IsEnum(Locale, { message: 'locale must be sv or en' })
  locale?: Locale;

  @OptionalText(200, { description: 'Required to change the password' })
  currentPassword?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  newPassword?: string;
}
