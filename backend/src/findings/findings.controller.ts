import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateFindingDto } from './dto/create-finding.dto';
import { UpdateFindingDto } from './dto/update-finding.dto';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@ApiBearerAuth()
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.findings.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.findings.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin, Role.Coordinator)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateFindingDto) {
    return this.findings.create(actor, dto);
  }

  @Put(':id')
  @Roles(Role.Admin, Role.Coordinator)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateFindingDto) {
    return this.findings.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Coordinator)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.findings.remove(actor, id);
  }
}
