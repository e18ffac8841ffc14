import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { DepartmentKind } from '@kompass/shared';
import { TrimmedText } from '../../common/dto-rules';

export class CreateDepartmentDto {
  @ApiPropertyOptional({ description: 'Required for admins; coordinators write into their own municipality' })
  @IsOptional()
  @IsInt()
  municipalityId?: number;

  @ApiProperty({ example: 'Utbildningsförvaltningen' })
  @TrimmedText(200)
  name: string;

  @ApiPropertyOptional({ enum: DepartmentKind, default: DepartmentKind.Administration })
  @IsOptional()
  @IsEnum(DepartmentKind, { message: `kind must be one of ${Object.values(DepartmentKind).join(', ')}` })
  kind?: DepartmentKind;
}
