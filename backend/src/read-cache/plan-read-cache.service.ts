import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { PreparedRead } from '../database/prepared-read';
import { TransactionRunner } from '../database/transaction-runner';
import { ReadRevision } from './read-revision.entity';

/** Room for ~100 re-evaluation reports at 300 actions each, counted in UTF-8 bytes. */
export const PLAN_READ_CACHE_BYTES = 8 * 1024 * 1024;

/** The cached answers are JSON text; their routes declare it so Nest sends the string as it is. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export type PlanReadKind = 'report' | 'summary';

interface Entry {
  stamp: string;
  json: string;
  bytes: number;
}

/** A plan's municipality's read revision (exported for the SQL snapshots). */
export function planRevisionRead(plans: Repository<ActionPlan>): PreparedRead<number> {
  return new PreparedRead(
    plans,
    (p) =>
      plans
        .createQueryBuilder('p')
        .select('r.revision', 'revision')
        .innerJoin(ReadRevision, 'r', 'r.municipalityId = p.municipalityId')
        .where(`p.id = ${p(0)}`),
    (raw) => Number(raw.revision),
  );
}

/**
 * A plan's summary and report, kept as JSON per process while nothing they read has changed. The key is the
 * municipality's read revision, which database triggers raise in the same transaction as any write to those tables,
 * so every write path, every process and every hand-made SQL change invalidates it; `today` is part of the stamp
 * where the answer depends on the date. The revision is read before anything else: data read after it is at least
 * as new, so an entry can be newer than its stamp but never older.
 */
@Injectable()
export class PlanReadCache {
  private readonly revisions: PreparedRead<number>;
  /** Insertion order is recency: a hit moves its entry to the end, eviction takes from the front. */
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string>>();
  private bytes = 0;

  constructor(
    @InjectRepository(ActionPlan) plans: Repository<ActionPlan>,
    private readonly tx: TransactionRunner,
  ) {
    this.revisions = planRevisionRead(plans);
  }

  /**
   * The JSON of `compute()`, from the cache when the plan's municipality has not changed since it was stored.
   * Callers check the actor's access first: a hit runs no query but the revision's. `compute` must read
   * everything it uses itself, the plan included, so that its reads come after the revision's.
   */
  async json(kind: PlanReadKind, planId: number, dateStamp: string, compute: () => Promise<unknown>): Promise<string> {
    const [revision] = await this.tx.read(() => this.revisions.run([planId]));
    if (revision === undefined) return JSON.stringify(await this.tx.read(compute));
    const key = `${kind}:${planId}`;
    const stamp = `${revision}:${dateStamp}`;
    const hit = this.entries.get(key);
    if (hit?.stamp === stamp) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.json;
    }
    // Concurrent misses of one stamp share one computation.
    const pendingKey = `${key}:${stamp}`;
    let computing = this.pending.get(pendingKey);
    if (!computing) {
      // Under the runner's read lock: on SQLite's shared connection it would otherwise see uncommitted rows.
      computing = this.tx.read(compute).then((value) => {
        const json = JSON.stringify(value);
        this.store(key, { stamp, json, bytes: Buffer.byteLength(json) });
        return json;
      });
      this.pending.set(pendingKey, computing);
      void computing.finally(() => this.pending.delete(pendingKey)).catch(() => undefined);
    }
    return computing;
  }

  private store(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    if (entry.bytes > PLAN_READ_CACHE_BYTES / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= PLAN_READ_CACHE_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }
}
