import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { Repository } from 'typeorm';
import { ACTION_STATUS_LABELS, ActionStatus, Locale } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { NotFoundException } from '../common/errors/domain.exception';
import { User } from '../users/user.entity';
import { ActionsRepository } from './actions.repository';

/** The deadlines of a user's own actions as an iCalendar feed that Outlook subscribes to, keyed by a secret token. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly actions: ActionsRepository,
    private readonly config: AppConfig,
  ) {}

  async feed(token: string): Promise<string> {
    const user = /^[A-Za-z0-9_-]{32,64}$/.test(token)
      ? await this.users.findOne({ where: { calendarToken: token } })
      : null;
    if (!user || !user.active) throw new NotFoundException('Calendar');
    // Only the user's municipality: an action left behind after a move is none of their business (the API says 404).
    const actions = await this.actions.ownedBy(user.id, user.municipalityId);
    const locale = user.locale === Locale.En ? 'en' : 'sv';
    const calendar = ical({
      name: locale === 'sv' ? `Kompass – mina åtgärder (${user.name})` : `Kompass – my actions (${user.name})`,
      prodId: { company: 'Kompass', product: 'Kompass', language: locale.toUpperCase() },
      method: ICalCalendarMethod.PUBLISH,
      timezone: this.config.timeZone,
      ttl: 60 * 60,
    });
    for (const action of actions) {
      const status = ACTION_STATUS_LABELS[locale][action.status];
      const day = new Date(`${action.deadline}T00:00:00Z`);
      calendar.createEvent({
        id: `action-${action.id}@kompass`,
        start: day,
        allDay: true,
        summary: `${action.status === ActionStatus.Done ? '✓ ' : ''}${locale === 'sv' ? 'Slutdatum' : 'Deadline'}: ${action.title}`,
        description: `${locale === 'sv' ? 'Status' : 'Status'}: ${status}, ${action.progress} %\n${this.config.appUrl}/#/actions/${action.id}/show`,
        url: `${this.config.appUrl}/#/actions/${action.id}/show`,
        stamp: action.updatedAt,
      });
    }
    return calendar.toString();
  }
}
