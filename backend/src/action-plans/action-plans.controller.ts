import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateActionPlanDto } from './dto/create-action-plan.dto';
import { UpdateActionPlanDto } from './dto/update-action-plan.dto';
import { ActionPlansService } from './action-plans.service';

@ApiTags('action-plans')
@ApiBearerAuth()
@Controller('action-plans')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.plans.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.plans.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin, Role.Coordinator)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateActionPlanDto) {
    return this.plans.create(actor, dto);
  }

  @Put(':id')
  @Roles(Role.Admin, Role.Coordinator)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateActionPlanDto) {
    return this.plans.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Coordinator)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.plans.remove(actor, id);
  }
}
