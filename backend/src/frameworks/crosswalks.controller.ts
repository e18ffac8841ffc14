import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PutCrosswalkDto } from './dto/put-crosswalk.dto';
import { CrosswalksService } from './crosswalks.service';

/** Crosswalks between revisions: every role may read them (they explain cross-revision reports), admins edit. */
@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class CrosswalksController {
  constructor(private readonly crosswalks: CrosswalksService) {}

  @Get(':id/crosswalks')
  @AnyRole()
  list(@Param('id', ParseIdPipe) id: number) {
    return this.crosswalks.listFrom(id);
  }

  @Get(':id/crosswalks/:targetId')
  @AnyRole()
  get(@Param('id', ParseIdPipe) id: number, @Param('targetId', ParseIdPipe) targetId: number) {
    return this.crosswalks.get(id, targetId);
  }

  @Put(':id/crosswalks/:targetId')
  @Roles(Role.Admin)
  put(
    @Param('id', ParseIdPipe) id: number,
    @Param('targetId', ParseIdPipe) targetId: number,
    @Body() dto: PutCrosswalkDto,
  ) {
    return this.crosswalks.put(id, targetId, dto);
  }
}
