import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
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

/** `POST /api/reminders/run?details=true` lists the queued digests besides the counts. */
export class RunRemindersQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'List every queued digest (default: counts only)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  details?: 'true' | 'false';
}
