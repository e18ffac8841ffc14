import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * TypeORM gives SQLite one connection and one query runner for the whole process, and turns a second
 * concurrent transaction into a SAVEPOINT inside the first. When a transaction awaits real I/O, another
 * request's transaction would then nest in it: one's ROLLBACK undoes the other's work, one's COMMIT commits the
 * other's half. So on SQLite every transaction holds a process-wide lock, and statements from outside it wait
 * for the lock instead of landing inside someone else's transaction. SQLite has one writer anyway.
 */
export function serializeSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const owner = new AsyncLocalStorage<symbol>();
  let held: symbol | null = null;
  let tail: Promise<unknown> = Promise.resolve();

  const ownsLock = () => held !== null && owner.getStore() === held;

  /** Runs `work` alone: after every earlier holder, with the lock marked as held by this async context. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (ownsLock()) return work();
    const token = Symbol('sqlite-lock');
    const run = tail.then(() => {
      held = token;
      return owner.run(token, work).finally(() => {
        held = null;
      });
    });
    tail = run.catch(() => undefined);
    return run;
  }

  const originalTransaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
  (dataSource as { transaction: unknown }).transaction = (...args: unknown[]) => exclusive(() => originalTransaction(...args));

  // Repositories write through the default manager; each of its writes may open an implicit transaction.
  type Writable = Record<string, (...args: unknown[]) => Promise<unknown>>;
  const manager = dataSource.manager as unknown as Writable;
  for (const method of ['save', 'remove', 'insert', 'update', 'upsert', 'delete', 'softRemove', 'softDelete', 'restore', 'increment', 'decrement', 'clear']) {
    const original = manager[method].bind(manager);
    manager[method] = (...args: unknown[]) => exclusive(() => original(...args));
  }

  // Reads (and any other statement) from outside the holder wait until the holder is done.
  const runner = dataSource.createQueryRunner() as unknown as Writable;
  const originalQuery = runner.query.bind(runner);
  runner.query = (...args: unknown[]) => (held === null || ownsLock() ? originalQuery(...args) : exclusive(() => originalQuery(...args)));
}
