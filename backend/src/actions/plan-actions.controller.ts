import { Body, Controller, Get, Header, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { reply, ReplyResponse } from '../common/http/http-reply';
import { FileUpload, UploadedFile } from '../common/http/uploads';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { JSON_CONTENT_TYPE } from '../read-cache/plan-read-cache.service';
import type { MulterFile } from '../files/multer-file';
import { ActionImportService } from './action-import.service';
import { MAX_ACTION_IMPORT_BYTES } from './action-import.reader';
import { ImportActionsDto } from './dto/import-actions.dto';
import { ActionExportService } from './action-export.service';
import { ActionBatchService } from './action-batch.service';
import { BulkCreateActionsDto } from './dto/bulk-create-actions.dto';
import { CarryOverDto } from './dto/carry-over.dto';
import { CarryOverService } from './carry-over.service';
import { PlanSummaryService } from './plan-summary.service';

/** A plan's actions as a whole: bulk drafting, the summary and the exports. */
@ApiTags('action-plans')
@ApiBearerAuth()
@Controller('action-plans')
export class PlanActionsController {
  constructor(
    private readonly batches: ActionBatchService,
    private readonly summaries: PlanSummaryService,
    private readonly exports: ActionExportService,
    private readonly carryOvers: CarryOverService,
    private readonly importer: ActionImportService,
  ) {}

  /**
   * The plan's export, edited in Excel, as a multipart `file`. `dryRun=true` answers the changes per row (200) and
   * writes nothing; without it the changes are applied in one transaction with the versions in the file (201).
   */
  @Post(':id/actions/import')
  @Roles(Role.Admin, Role.Coordinator)
  @ApiConsumes('multipart/form-data')
  @FileUpload('file', { fileSize: MAX_ACTION_IMPORT_BYTES, files: 1, fields: 5 })
  @ReplyResponse()
  async import(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ImportActionsDto,
    @UploadedFile() file: MulterFile | undefined,
  ) {
    const result = await this.importer.import(actor, id, file?.buffer, dto.dryRun === true);
    return reply(result, { status: dto.dryRun ? 200 : 201 });
  }

  /** Moves this (closed) plan's open actions, with their history, into the plan made on its re-evaluation. */
  @Post(':id/carry-over')
  @Roles(Role.Admin, Role.Coordinator)
  carryOver(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: CarryOverDto) {
    return this.carryOvers.carryOver(actor, id, dto.toPlanId);
  }

  @Post(':id/actions/bulk')
  @Roles(Role.Admin, Role.Coordinator)
  bulk(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: BulkCreateActionsDto) {
    return this.batches.bulkCreate(actor, id, dto);
  }

  /** JSON text from the plan read cache, sent as it is stored. */
  @Get(':id/summary')
  @AnyRole()
  @Header('Content-Type', JSON_CONTENT_TYPE)
  summary(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number): Promise<string> {
    return this.summaries.summaryJson(actor, id);
  }

  @Get(':id/export.xlsx')
  @AnyRole()
  async xlsx(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return new StreamableFile(await this.exports.xlsx(actor, id), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="handlingsplan-${id}.xlsx"`,
    });
  }

  @Get(':id/export.csv')
  @AnyRole()
  async csv(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return new StreamableFile(Buffer.from(await this.exports.csv(actor, id), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="handlingsplan-${id}.csv"`,
    });
  }
}
