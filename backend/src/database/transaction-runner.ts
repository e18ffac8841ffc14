import { Global, Injectable, Module } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way to write to the database. TypeORM gives SQLite one connection and one query runner for the whole
 * process, and turns a second concurrent transaction into a SAVEPOINT inside the first. When a transaction awaits
 * real I/O, another request's transaction or write would then land in it: one's ROLLBACK undoes the other's work,
 * one's COMMIT commits the other's half. So on SQLite every transaction and write holds a process-wide lock
 * (SQLite has one writer anyway); on PostgreSQL each transaction has its own connection and this passes through.
 * Work already holding the lock (a nested call in the same async context) runs at once.
 */
@Injectable()
export class TransactionRunner {
  private readonly lock: SqliteLock | null;

  constructor(private readonly dataSource: DataSource) {
    this.lock = dataSource.options.type === 'better-sqlite3' ? new SqliteLock() : null;
  }

  /** `work` in one transaction; use its manager for every statement of the unit. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.lock) return this.dataSource.transaction(work);
    return this.lock.exclusive(() => this.dataSource.transaction(work));
  }

  /** A write outside a transaction (a repository's save, update or delete, which runs several statements). */
  write<T>(work: () => Promise<T>): Promise<T> {
    return this.lock ? this.lock.exclusive(work) : work();
  }

  /**
   * A read that must not see another request's uncommitted rows on SQLite's shared connection: what the read
   * caches keep, and reads that decide a write. Waits for the holder; free when nobody holds the lock.
   */
  read<T>(work: () => Promise<T>): Promise<T> {
    return this.lock ? this.lock.exclusive(work) : work();
  }
}

/** A FIFO lock whose holder is an async context, so the holder's nested calls do not wait on themselves. */
class SqliteLock {
  private readonly owner = new AsyncLocalStorage<symbol>();
  private held: symbol | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.held !== null && this.owner.getStore() === this.held) return work();
    const token = Symbol('sqlite-lock');
    const run = this.tail.then(() => {
      this.held = token;
      return this.owner.run(token, work).finally(() => {
        this.held = null;
      });
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** Provides the TransactionRunner to every module. */
@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class TransactionModule {}
