import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateDepartmentDto } from './dto/create-department.dto';
import { UpdateDepartmentDto } from './dto/update-department.dto';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.departments.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.departments.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin, Role.Coordinator)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateDepartmentDto) {
    return this.departments.create(actor, dto);
  }

  @Put(':id')
  @Roles(Role.Admin, Role.Coordinator)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateDepartmentDto) {
    return this.departments.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Coordinator)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.departments.remove(actor, id);
  }
}
