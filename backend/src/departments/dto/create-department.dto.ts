import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DepartmentKind } from '@kompass/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDepartmentDto {
  @ApiPropertyOptional({ description: 'Required for admins; coordinators write into their own municipality' })
  @IsOptional()
  @IsInt()
  municipalityId?: number;

  @ApiProperty({ example: 'Utbildningsförvaltningen' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: DepartmentKind, default: DepartmentKind.Administration })
  @IsOptional()
  @IsEnum(DepartmentKind, { message: `kind must be one of ${Object.values(DepartmentKind).join(', ')}` })
  kind?: DepartmentKind;
}
