import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Role } from '@kompass/shared';

const MAPPABLE_ROLES = [Role.Coordinator, Role.DepartmentHead, Role.Leadership];

export class OidcRoleMappingDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  value: string;

  @ApiProperty({ enum: MAPPABLE_ROLES })
  @IsIn(MAPPABLE_ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for department_head' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  departmentId?: number | null;
}

export class UpdateOidcConnectionDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant id>/v2.0' })
  @IsString()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/, { message: 'issuer must be an https:// URL' })
  issuer: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clientId: string;

  @ApiProperty({
    description: 'Where the client secret is read: "env:NAME" or "file:/absolute/path". Never the secret itself.',
    example: 'env:OIDC_SECRET_RONNEBY',
  })
  @IsString()
  @MaxLength(500)
  @Matches(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:\/\S+)$/, {
    message: 'clientSecretRef must be env:VARIABLE_NAME or file:/absolute/path',
  })
  clientSecretRef: string;

  @ApiProperty({ example: ['ronneby.se'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, {
    each: true,
    message: 'allowedDomains must be e-mail domains such as ronneby.se',
  })
  allowedDomains: string[];

  @ApiPropertyOptional({ default: 'roles', description: 'The ID token claim with groups or app roles' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  roleClaim?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OidcRoleMappingDto)
  roleMap: OidcRoleMappingDto[];

  @ApiPropertyOptional({ default: true, description: 'Admins keep password login whatever this says' })
  @IsOptional()
  @IsBoolean()
  passwordLoginAllowed?: boolean;
}

export class CreateOidcConnectionDto extends UpdateOidcConnectionDto {
  @IsInt()
  @IsPositive()
  municipalityId: number;
}
