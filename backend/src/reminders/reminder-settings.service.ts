import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { ReminderSettingsRecord } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant } from '../auth/tenant';
import { NotFoundException } from '../common/errors/domain.exception';
import { Municipality } from '../municipalities/municipality.entity';
import { UpdateReminderSettingsDto } from './dto/update-reminder-settings.dto';
import { DEFAULT_REMINDER_SETTINGS, ReminderRules } from './reminder-rules';
import { ReminderSettings } from './reminder-settings.entity';
import { TransactionRunner } from '../database/transaction-runner';

@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectRepository(ReminderSettings) private readonly settings: Repository<ReminderSettings>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly tx: TransactionRunner,
  ) {}

  /** The rules in force: the stored row, or the defaults for a municipality that never changed them. */
  async rulesFor(municipalityId: number): Promise<ReminderRules> {
    const row = await this.settings.findOneBy({ municipalityId });
    return row ? pickRules(row) : { ...DEFAULT_REMINDER_SETTINGS };
  }

  /** The same for many municipalities in one query per 500 (the sweep); the result has an entry for every id. */
  async rulesForMany(municipalityIds: number[]): Promise<Map<number, ReminderRules>> {
    const rules = new Map<number, ReminderRules>(municipalityIds.map((id) => [id, { ...DEFAULT_REMINDER_SETTINGS }]));
    for (let i = 0; i < municipalityIds.length; i += 500)
      for (const row of await this.settings.findBy({ municipalityId: In(municipalityIds.slice(i, i + 500)) }))
        rules.set(row.municipalityId, pickRules(row));
    return rules;
  }

  async get(actor: AuthUser, municipalityId: number): Promise<ReminderSettingsRecord> {
    await this.assertMunicipality(actor, municipalityId);
    const row = await this.settings.findOneBy({ municipalityId });
    return toRecord(municipalityId, row ? pickRules(row) : DEFAULT_REMINDER_SETTINGS, row?.updatedAt ?? null);
  }

  async update(
    actor: AuthUser,
    municipalityId: number,
    dto: UpdateReminderSettingsDto,
  ): Promise<ReminderSettingsRecord> {
    await this.assertMunicipality(actor, municipalityId);
    const current = await this.rulesFor(municipalityId);
    const next: ReminderRules = {
      enabled: dto.enabled ?? current.enabled,
      deadlineDays: dto.deadlineDays ? [...dto.deadlineDays].sort((a, b) => b - a) : current.deadlineDays,
      repeatDays: dto.repeatDays ?? current.repeatDays,
      staleDays: dto.staleDays ?? current.staleDays,
      escalationDays: dto.escalationDays ?? current.escalationDays,
      leadershipSummary: dto.leadershipSummary ?? current.leadershipSummary,
    };
    const saved = await this.tx.write(() => this.settings.save(this.settings.create({ municipalityId, ...next })));
    return toRecord(municipalityId, next, saved.updatedAt);
  }

  private async assertMunicipality(actor: AuthUser, municipalityId: number): Promise<void> {
    assertInTenant(actor, municipalityId, 'Municipality', municipalityId);
    if (!(await this.municipalities.existsBy({ id: municipalityId })))
      throw new NotFoundException('Municipality', municipalityId);
  }
}

function pickRules(row: ReminderSettings): ReminderRules {
  const { enabled, deadlineDays, repeatDays, staleDays, escalationDays, leadershipSummary } = row;
  return { enabled, deadlineDays, repeatDays, staleDays, escalationDays, leadershipSummary };
}

function toRecord(municipalityId: number, rules: ReminderRules, updatedAt: Date | null): ReminderSettingsRecord {
  return {
    id: municipalityId,
    municipalityId,
    ...rules,
    deadlineDays: [...rules.deadlineDays],
    updatedAt: updatedAt ? updatedAt.toISOString() : null,
  };
}
