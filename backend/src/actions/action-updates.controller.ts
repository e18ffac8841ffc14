import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { cleanFileName, servableMediaType } from '../files/upload-safety';
import { ActionUpdatesService } from './action-updates.service';

@ApiTags('actions')
@ApiBearerAuth()
@Controller('action-updates')
export class ActionUpdatesController {
  constructor(private readonly updates: ActionUpdatesService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.updates.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.updates.get(actor, id);
  }

  @Get(':id/attachments/:index')
  @AnyRole()
  async attachment(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('index', ParseIdPipe) index: number,
  ) {
    const file = await this.updates.attachment(actor, id, index - 1);
    return new StreamableFile(file.bytes, {
      // Also for files stored before the allow-list and the name cleaning.
      type: servableMediaType(file.mediaType),
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(cleanFileName(file.fileName, 'bilaga'))}`,
    });
  }
}
