import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { Locale, Role } from '@kompass/shared';
import { TrimmedText } from '../../common/dto-rules';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'anna.berg@ronneby.se' })
  @Transform(lower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Anna Berg' })
  @TrimmedText(200)
  name: string;

  @ApiProperty({ enum: Role })
  @IsEnum(Role, { message: `role must be one of ${Object.values(Role).join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ description: 'Required for every role but admin; coordinators may leave it out' })
  @IsOptional()
  @IsInt()
  municipalityId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  departmentId?: number | null;

  @ApiPropertyOptional({ enum: Locale, default: Locale.Sv })
  @IsOptional()
  @IsEnum(Locale, { message: 'locale must be sv or en' })
  locale?: Locale;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ minLength: 10 })
  @IsString()
  password: string;
}
