import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { NotificationsService } from './notifications.service';

/**
 * The outbox as a list only (getMany works through `filter={"id":[…]}`). No per-id route: a notification is
 * personal, so anything but the list would need a different access rule per role.
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
}
