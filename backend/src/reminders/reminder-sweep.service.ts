import { Injectable, Logger } from '@nestjs/common';
import {
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationStatus,
  reasonDays,
  type ReminderPreviewDigest,
  type ReminderPreviewResponse,
  type ReminderRunResponse,
} from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';
import { DigestWriter, PlannedDigest, QueuedDigest, QueueRow } from './digest-writer.service';
import { planDigests, splitPlans } from './reminder-digests';
import { ReminderRules } from './reminder-rules';
import { ReminderSettingsService } from './reminder-settings.service';
import { LedgerRow, ReminderSweepReader, SweepMunicipality } from './reminder-sweep.reader';
import { isWorkingDay } from './working-days';

/**
 * Municipalities whose digests are written in one transaction and queued in one bulk add: fewer commits, key
 * lookups and Redis round trips; more would hold the selections' rows longer. See docs/performance.md.
 */
const MUNICIPALITIES_PER_WRITE = 8;

/** The answer of a run: counts, and the queued digests only when asked for. */
class RunTally {
  private queued = 0;
  private readonly byKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, 0])) as Record<
    NotificationKind,
    number
  >;
  private readonly digests: QueuedDigest[] | undefined;

  constructor(details: boolean) {
    this.digests = details ? [] : undefined;
  }

  add(entries: QueuedDigest[]): void {
    this.queued += entries.length;
    for (const entry of entries) this.byKind[entry.kind] += 1;
    this.digests?.push(...entries);
  }

  result(municipalities: number): Pick<ReminderRunResponse, 'counts' | 'queued'> {
    const counts = { municipalities, queued: this.queued, byKind: this.byKind };
    return this.digests ? { counts, queued: this.digests } : { counts };
  }
}

/** What the sweep decided for one municipality, before anything is written: shared by run and preview. */
interface Selection {
  planned: PlannedDigest[];
  /** The outbox ledger it read (run queues today's unsent rows of it again) */
  sent: LedgerRow[];
}

/**
 * The daily sweep: on Swedish working days only, for every municipality with reminders on, decide the due
 * digests from the open actions of active plans and the outbox, and queue them. Idempotent per day. It
 * orchestrates: the reader reads (reminder-sweep.reader.ts), planDigests decides (reminder-digests.ts), the
 * writer writes and queues (digest-writer.service.ts).
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly reader: ReminderSweepReader,
    private readonly settings: ReminderSettingsService,
    private readonly writer: DigestWriter,
    private readonly config: AppConfig,
  ) {}

  /**
   * Runs the sweep: decides the due digests, writes them to the outbox and queues their mails. Answers with
   * counts; `details` adds every queued digest (tens of thousands on a national sweep).
   */
  async run(date?: string, municipalityId?: number, details = false): Promise<ReminderRunResponse> {
    const today = date ?? todayIn(this.config.timeZone);
    const tally = new RunTally(details);
    if (!isWorkingDay(today)) return { date: today, workingDay: false, ...tally.result(0) };
    const municipalities = await this.reader.municipalitiesOf(municipalityId);
    const rules = await this.settings.rulesForMany(municipalities.map((m) => m.id));
    // A few municipalities at a time: only their rows are held, and their digests are written in one
    // transaction. Their jobs go to the queue while the next batch is computed, so the sweep does not wait for
    // Redis (queue() never rejects).
    let queueing: Promise<QueuedDigest[]> = Promise.resolve([]);
    for (let i = 0; i < municipalities.length; i += MUNICIPALITIES_PER_WRITE) {
      const selections: Selection[] = [];
      for (const municipality of municipalities.slice(i, i + MUNICIPALITIES_PER_WRITE))
        selections.push(await this.select(municipality, rules.get(municipality.id)!, today));
      const rows = await this.write(today, selections);
      tally.add(await queueing);
      queueing = this.writer.queue(rows);
    }
    tally.add(await queueing);
    const result = tally.result(municipalities.length);
    this.logger.log(
      `Reminder sweep of ${today}: ${result.counts.queued} digest(s) queued in ${municipalities.length} municipality(ies)`,
    );
    return { date: today, workingDay: true, ...result };
  }

  /**
   * A dry run of the sweep on a day: the same selection as run(), so the same rules and the same outbox ledger,
   * but nothing is written and nothing is queued.
   */
  async preview(date?: string, municipalityId?: number): Promise<ReminderPreviewResponse> {
    const today = date ?? todayIn(this.config.timeZone);
    if (!isWorkingDay(today)) return { date: today, workingDay: false, digests: [] };
    const municipalities = await this.reader.municipalitiesOf(municipalityId);
    const rules = await this.settings.rulesForMany(municipalities.map((m) => m.id));
    const digests: ReminderPreviewDigest[] = [];
    for (const municipality of municipalities)
      for (const digest of (await this.select(municipality, rules.get(municipality.id)!, today)).planned)
        digests.push({
          recipient: { userId: digest.recipient.id, email: digest.recipient.email, name: digest.recipient.name },
          kind: digest.kind,
          municipalityId: digest.municipalityId,
          plans: digest.plans.map((p) => ({ planId: p.planId, title: p.title })),
          actions: digest.lines.map((l) => ({
            actionId: l.actionId,
            title: l.title,
            deadline: l.deadline,
            reason: l.reason,
            days: reasonDays(l.reason),
            onBehalfOf: l.onBehalfOf ?? null,
          })),
        });
    return { date: today, workingDay: true, digests };
  }

  /**
   * Writing selections: the outbox rows of their digests to queue (new ones in one transaction), and today's
   * unsent ones again.
   */
  private async write(today: string, selections: Selection[]): Promise<QueueRow[]> {
    const planned = selections.flatMap((s) => s.planned);
    const sent = selections.flatMap((s) => s.sent);
    if (!planned.length && !sent.length) return [];
    const rows: QueueRow[] = await this.writer.persist(today, planned);
    // The ledger counts today's digests whatever their state, so they are not planned again; but one still unsent
    // may have lost its job (Redis restarted empty, or every retry failed). The outbox is the source of truth:
    // queue those again, unless a worker holds the row right now (its lease says it is sending it).
    const now = new Date();
    const handled = new Set(rows.map((r) => r.id));
    for (const row of sent)
      if (
        row.date === today &&
        row.status !== NotificationStatus.Sent &&
        !handled.has(row.id) &&
        !(row.lockedUntil && row.lockedUntil > now)
      )
        rows.push(row);
    return rows;
  }

  /** The selection of one municipality on a day: the digests the rules make due, and the outbox ledger read. Reads only. */
  private async select(municipality: SweepMunicipality, rules: ReminderRules, today: string): Promise<Selection> {
    const none: Selection = { planned: [], sent: [] };
    if (!rules.enabled) return none;
    const timeZone = this.config.timeZone;
    const { active, ended } = splitPlans(await this.reader.plansOf(municipality.id), today, timeZone);
    if (!active.length && !ended.length) return none;

    const actions = await this.reader.actionsOf([...active, ...ended].map((p) => p.id));
    const everyone = await this.reader.peopleOf(municipality.id);
    const sent = await this.reader.ledgerOf(municipality.id, today);
    const closers = await this.reader.closersOf(ended);
    const planned = planDigests(
      { municipality, rules, today, timeZone },
      { active, ended, actions, everyone, sent, closers },
    );
    return { planned, sent };
  }
}
