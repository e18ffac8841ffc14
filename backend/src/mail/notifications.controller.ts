import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Role } from '@kompass/shared';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { NotificationsService } from './notifications.service';

/**
 * The outbox. Every route reads through the same scope (admins all, coordinators their municipality, everyone
 * else their own), so a mail someone may not see answers 404.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.notifications.list(actor, query);
  }

  /** One mail with its HTML and text bodies as sent (null while unsent). */
  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.notifications.get(actor, id);
  }

  /** Sends a failed mail again (idempotent; audited). */
  @Post(':id/retry')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Coordinator)
  retry(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.notifications.retry(actor, id);
  }
}
