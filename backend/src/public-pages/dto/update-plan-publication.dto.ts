import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class UpdatePlanPublicationDto {
  @ApiPropertyOptional({ description: 'Puts the plan on /oppet/<kommunkod>; false removes it at once' })
  @IsOptional()
  @IsBoolean()
  published?: boolean;

  @ApiPropertyOptional({ description: 'Whether new actions (and those without a choice) are public' })
  @IsOptional()
  @IsBoolean()
  actionsPublishedByDefault?: boolean;
}
