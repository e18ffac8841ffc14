import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { FindingInputDto } from '../../evaluations/dto/finding-input.dto';

export class CreateFindingDto extends FindingInputDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  evaluationId: number;
}
