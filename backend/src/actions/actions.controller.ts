import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { FilesUpload, UploadedFiles } from '../common/http/uploads';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import type { MulterFile } from '../files/multer-file';
import { ActionUpdatesService, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './action-updates.service';
import { ActionBatchService } from './action-batch.service';
import { ActionsService } from './actions.service';
import { CreateActionDto } from './dto/create-action.dto';
import { CreateActionUpdateDto } from './dto/create-action-update.dto';
import { UpdateActionDto } from './dto/update-action.dto';
import { BulkUpdateActionsDto } from './dto/bulk-update-actions.dto';

@ApiTags('actions')
@ApiBearerAuth()
@Controller('actions')
export class ActionsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly updates: ActionUpdatesService,
    private readonly batches: ActionBatchService,
  ) {}

  /** Filters: status, area, questionCode, planId, ownerId, departmentId, findingId, overdue, dueWithinDays, judgement (the owner's), derivedJudgement (Kompass's), silentForDays, q. */
  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.actions.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.actions.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin, Role.Coordinator)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateActionDto) {
    return this.actions.create(actor, dto);
  }

  /** One change (owner, department, deadline, priority, status) on the selected actions; a stale version refuses all with 409. */
  @Put('bulk')
  @Roles(Role.Admin, Role.Coordinator, Role.DepartmentHead)
  bulkUpdate(@CurrentUser() actor: AuthUser, @Body() dto: BulkUpdateActionsDto) {
    return this.batches.bulkUpdate(actor, dto);
  }

  /** Needs the `version` read; a stale one gets 409 with the current record. Department heads change status and progress only. */
  @Put(':id')
  @Roles(Role.Admin, Role.Coordinator, Role.DepartmentHead)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateActionDto) {
    return this.actions.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Coordinator)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.actions.remove(actor, id);
  }

  /** A progress report; its status/progress change is applied in the same transaction. JSON, or multipart with `files`. */
  @Post(':id/updates')
  @Roles(Role.Admin, Role.Coordinator, Role.DepartmentHead)
  @ApiConsumes('application/json', 'multipart/form-data')
  @FilesUpload('files', MAX_ATTACHMENTS, { fileSize: MAX_ATTACHMENT_BYTES })
  report(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CreateActionUpdateDto,
    @UploadedFiles() files: MulterFile[] | undefined,
  ) {
    return this.updates.record(actor, id, dto, files ?? []);
  }
}
