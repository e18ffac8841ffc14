import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

describe('TransactionRunner on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-serializer-'));
  let ds: DataSource;
  let tx: TransactionRunner;
  beforeAll(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      database: join(dir, 'db.sqlite'),
      enableWAL: true,
    }).initialize();
    tx = new TransactionRunner(ds);
    await ds.query('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  });
  afterAll(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps a committed transaction even when a concurrent one that started first rolls back', async () => {
    const failing = tx.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('rolled back')");
      await pause(30); // real I/O in the middle of a transaction, e.g. a queue or mail call
      throw new Error('refused');
    });
    const succeeding = (async () => {
      await pause(5);
      await tx.transaction(async (em) => {
        await em.query("INSERT INTO note (text) VALUES ('committed')");
      });
    })();
    await expect(failing).rejects.toThrow('refused');
    await succeeding;
    expect(await ds.query('SELECT text FROM note ORDER BY id')).toEqual([{ text: 'committed' }]);
  });

  it('keeps a write made outside any transaction out of a concurrent one that rolls back', async () => {
    await ds.query('DELETE FROM note');
    const failing = tx.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('rolled back')");
      await pause(30);
      throw new Error('refused');
    });
    await pause(5);
    await tx.write(() => ds.query("INSERT INTO note (text) VALUES ('written alone')"));
    await expect(failing).rejects.toThrow('refused');
    expect(await ds.query('SELECT text FROM note ORDER BY id')).toEqual([{ text: 'written alone' }]);
  });

  it('does not let guarded reads see a transaction’s uncommitted rows', async () => {
    const writer = tx.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('pending')");
      await pause(30);
      throw new Error('rolled back');
    });
    await pause(5);
    const seen: unknown = await tx.read(() => ds.query("SELECT COUNT(*) AS n FROM note WHERE text = 'pending'"));
    await expect(writer).rejects.toThrow();
    expect(seen).toEqual([{ n: 0 }]);
  });

  it('lets nested transactions and writes inside a transaction run without waiting on themselves', async () => {
    await tx.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('outer')");
      await tx.transaction(async (inner) => inner.query("INSERT INTO note (text) VALUES ('inner')"));
      await tx.write(() => ds.query("INSERT INTO note (text) VALUES ('same context')"));
    });
    const texts = (await ds.query('SELECT text FROM note ORDER BY id')).map((r: { text: string }) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['outer', 'inner', 'same context']));
  });
});
