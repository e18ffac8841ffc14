import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { isAdmin } from '../auth/tenant';
import { NotFoundException } from '../common/errors/domain.exception';
import { reply, ReplyResponse } from '../common/http/http-reply';
import { BOARD_PATH, BoardAccess } from '../queue/board/board-access.service';
import { RunRemindersDto, RunRemindersQueryDto } from './dto/run-reminders.dto';
import { ReminderSweepService } from './reminder-sweep.service';

/** A coordinator's sweep covers its own municipality only; an admin's the one named, or all. */
function scopeOf(actor: AuthUser, dto: RunRemindersDto): number | undefined {
  if (!isAdmin(actor) && dto.municipalityId !== undefined && dto.municipalityId !== actor.municipalityId)
    throw new NotFoundException('Municipality', dto.municipalityId);
  return isAdmin(actor) ? dto.municipalityId : actor.municipalityId!;
}

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class RemindersController {
  constructor(
    private readonly sweep: ReminderSweepService,
    private readonly board: BoardAccess,
  ) {}

  /**
   * Runs the sweep now, as of `date` (default today in TZ), and answers with what it queued as counts; with
   * `?details=true` also the digests. A coordinator's run covers its own municipality only. Safe to repeat: a
   * digest is queued at most once per recipient, kind and day.
   */
  @Post('run')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Coordinator)
  async run(@CurrentUser() actor: AuthUser, @Body() dto: RunRemindersDto, @Query() query: RunRemindersQueryDto) {
    return this.sweep.run(dto.date, scopeOf(actor, dto), query.details === 'true');
  }

  /**
   * A dry run of the sweep as of `date`: per recipient and kind, the actions a run would send. Writes and sends
   * nothing; after a run the same day it lists only what that run did not already cover.
   */
  @Post('preview')
  @HttpCode(200)
  @Roles(Role.Admin, Role.Coordinator)
  async preview(@CurrentUser() actor: AuthUser, @Body() dto: RunRemindersDto) {
    return this.sweep.preview(dto.date, scopeOf(actor, dto));
  }

  /** Opens Bull Board for an admin: sets its short-lived cookie (see BoardAccess) and names the page to open. */
  @Post('board-session')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ReplyResponse()
  async boardSession(@CurrentUser() actor: AuthUser) {
    const session = await this.board.issue(actor);
    return reply({ url: `${BOARD_PATH}/`, expiresAt: session.expiresAt }, { cookies: session.cookie });
  }
}
