import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class CarryOverDto {
  @ApiProperty({ description: 'The active plan made on this plan’s re-evaluation, which receives the open actions' })
  @IsInt()
  @Min(1)
  toPlanId: number;
}
