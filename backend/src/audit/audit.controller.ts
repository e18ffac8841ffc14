import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.audit.list(actor, query);
  }
}
