import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateDepartmentDto } from './create-department.dto';

/** A department never moves between municipalities. */
export class UpdateDepartmentDto extends PartialType(OmitType(CreateDepartmentDto, ['municipalityId'] as const)) {}
