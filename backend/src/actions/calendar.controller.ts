import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { NotFoundException } from '../common/errors/domain.exception';
import { CalendarService } from './calendar.service';

/** No login: calendar clients cannot send one. The secret token in the path is the credential. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string) {
    const match = /^(.+)\.ics$/.exec(file);
    if (!match) throw new NotFoundException('Calendar');
    return this.calendar.feed(match[1]);
  }
}
