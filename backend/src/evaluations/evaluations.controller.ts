import { Body, Controller, Delete, Get, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { NotFoundException } from '../common/errors/domain.exception';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { reply, ReplyResponse } from '../common/http/http-reply';
import { FileUpload, UploadedFile } from '../common/http/uploads';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FileStore } from '../files/file-store.service';
import { cleanFileName, servableMediaType } from '../files/upload-safety';
import { ImportEvaluationDto } from './dto/import-evaluation.dto';
import { UpdateEvaluationDto } from './dto/update-evaluation.dto';
import { EvaluationImportService } from './evaluation-import.service';
import { EvaluationsService } from './evaluations.service';
import { MAX_IMPORT_BYTES } from '@kompass/shared';
import type { MulterFile } from '../files/multer-file';

@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly importer: EvaluationImportService,
    private readonly files: FileStore,
  ) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.evaluations.list(actor, query);
  }

  /** JSON `{content, …}` or multipart with a `file`. `dryRun: true` answers 200 with the preview and stores nothing. */
  @Post('import')
  @Roles(Role.Admin, Role.Coordinator)
  @ApiConsumes('application/json', 'multipart/form-data')
  @FileUpload('file', { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 20 })
  @ReplyResponse()
  async import(
    @CurrentUser() actor: AuthUser,
    @Body() dto: ImportEvaluationDto,
    @UploadedFile() file: MulterFile | undefined,
  ) {
    const result = await this.importer.import(actor, dto, file);
    return reply(result, { status: dto.dryRun ? 200 : 201 });
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.evaluations.get(actor, id);
  }

  /** The file the evaluation was imported from, byte for byte. */
  @Get(':id/source')
  @AnyRole()
  async source(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    const evaluation = await this.evaluations.find(actor, id);
    const bytes = evaluation.sourceChecksum ? await this.files.get(evaluation.sourceChecksum) : null;
    if (!bytes) throw new NotFoundException('Source file of evaluation', id);
    const name =
      evaluation.sourceFileName ??
      `utvardering-${id}.${evaluation.sourceFormat === 'pdf' ? 'pdf' : evaluation.sourceFormat === 'xlsx' ? 'xlsx' : 'txt'}`;
    return new StreamableFile(bytes, {
      type: servableMediaType(evaluation.sourceMediaType),
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(cleanFileName(name, 'utvardering'))}`,
    });
  }

  @Put(':id')
  @Roles(Role.Admin, Role.Coordinator)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateEvaluationDto) {
    return this.evaluations.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin, Role.Coordinator)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.evaluations.remove(actor, id);
  }
}
