import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { serializeSqliteTransactions } from './sqlite-serializer';

describe('serializeSqliteTransactions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-serializer-'));
  let ds: DataSource;
  beforeAll(async () => {
    ds = await new DataSource({ type: 'better-sqlite3', database: join(dir, 'db.sqlite'), enableWAL: true }).initialize();
    serializeSqliteTransactions(ds);
    await ds.query('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  });
  afterAll(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps a committed transaction even when a concurrent one that started first rolls back', async () => {
    const failing = ds.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('rolled back')");
      await pause(30); // real I/O in the middle of a transaction, e.g. a queue or mail call
      throw new Error('refused');
    });
    const succeeding = (async () => {
      await pause(5);
      await ds.transaction(async (em) => {
        await em.query("INSERT INTO note (text) VALUES ('committed')");
      });
    })();
    await expect(failing).rejects.toThrow('refused');
    await succeeding;
    expect(await ds.query('SELECT text FROM note ORDER BY id')).toEqual([{ text: 'committed' }]);
  });

  it('does not let reads from outside see a transaction’s uncommitted rows', async () => {
    let seen: unknown;
    const writer = ds.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('pending')");
      await pause(30);
      throw new Error('rolled back');
    });
    await pause(5);
    seen = await ds.query("SELECT COUNT(*) AS n FROM note WHERE text = 'pending'");
    await expect(writer).rejects.toThrow();
    expect(seen).toEqual([{ n: 0 }]);
  });

  it('lets nested transactions and repository writes inside a transaction run without waiting on themselves', async () => {
    await ds.transaction(async (em) => {
      await em.query("INSERT INTO note (text) VALUES ('outer')");
      await ds.transaction(async (inner) => inner.query("INSERT INTO note (text) VALUES ('inner')"));
      await ds.query("INSERT INTO note (text) VALUES ('same context')");
    });
    const texts = (await ds.query('SELECT text FROM note ORDER BY id')).map((r: { text: string }) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['outer', 'inner', 'same context']));
  });
});
