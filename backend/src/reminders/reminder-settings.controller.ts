import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { UpdateReminderSettingsDto } from './dto/update-reminder-settings.dto';
import { ReminderSettingsService } from './reminder-settings.service';

/** A municipality's reminder rules; the record's id is the municipality's id. */
@ApiTags('reminders')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Coordinator)
@Controller('reminder-settings')
export class ReminderSettingsController {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Get(':municipalityId')
  get(@CurrentUser() actor: AuthUser, @Param('municipalityId', ParseIdPipe) municipalityId: number) {
    return this.settings.get(actor, municipalityId);
  }

  @Put(':municipalityId')
  update(
    @CurrentUser() actor: AuthUser,
    @Param('municipalityId', ParseIdPipe) municipalityId: number,
    @Body() dto: UpdateReminderSettingsDto,
  ) {
    return this.settings.update(actor, municipalityId, dto);
  }
}
