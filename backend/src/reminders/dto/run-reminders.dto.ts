import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class RunRemindersDto {
  @ApiPropertyOptional({ example: '2027-03-16', description: 'Run as of this day (default: today in TZ)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({
    description: 'Admins only: one municipality instead of all; a coordinator always runs its own',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  municipalityId?: number;
}
