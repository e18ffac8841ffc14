import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PUBLIC_LICENCE_IDS, type PublicLicence } from '@kompass/shared';

/** An origin as CSP frame-ancestors takes it: scheme and host (a leading `*.` for subdomains), optional port, no path. */
export const ORIGIN_PATTERN =
  /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** Every field optional: what is left out keeps its current value (or the default). */
export class UpdatePublicProfileDto {
  @ApiPropertyOptional({
    example: 'https://www.ronneby.se/logo.png',
    nullable: true,
    description: 'https URL of the logo; null removes it',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'logoUrl must be an https URL' })
  @MaxLength(500)
  logoUrl?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['https://www.ronneby.se'],
    description: 'Origins allowed to show the page in an iframe',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(ORIGIN_PATTERN, {
    each: true,
    message: 'each frameAncestors entry must be an origin such as https://www.kommun.se (no path)',
  })
  frameAncestors?: string[];

  @ApiPropertyOptional({ enum: PUBLIC_LICENCE_IDS, example: 'CC0-1.0' })
  @IsOptional()
  @IsIn(PUBLIC_LICENCE_IDS)
  licence?: PublicLicence;

  @ApiPropertyOptional({ description: "Show each action's department (never a person)" })
  @IsOptional()
  @IsBoolean()
  showDepartments?: boolean;
}
