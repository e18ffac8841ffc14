import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

/** A leave of absence: both days (inclusive), or both null to end the pause. */
export class DigestPauseDto {
  @ApiProperty({ example: '2027-07-01', nullable: true, type: String })
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  pausedFrom: string | null;

  @ApiProperty({ example: '2027-08-15', nullable: true, type: String })
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  pausedUntil: string | null;
}
