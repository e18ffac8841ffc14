import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import {
  entityOf,
  hydrator,
  insertRows,
  insertSql,
  maxParameters,
  placeholders,
  PreparedRead,
  boundSql,
  whereOf,
  selectAll,
  selectColumns,
  sqlNames,
} from './sql-toolkit';

@Entity('toolkit_note')
class Note {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', unique: true })
  key: string;

  @Column({ type: 'simple-json' })
  tags: string[];

  @Column({ type: Date, nullable: true })
  seenAt: Date | null;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;
}

const note = (key: string, seenAt: Date | null = null): Omit<Note, 'id'> => ({
  key,
  tags: [key, 'ä'],
  seenAt,
  pinned: key.endsWith('!'),
});

describe('sql-toolkit on SQLite', () => {
  let ds: DataSource;
  beforeEach(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Note],
      synchronize: true,
    }).initialize();
  });
  afterEach(() => ds.destroy());

  it('names tables and columns from the metadata and writes the dialect’s placeholders', () => {
    const names = sqlNames(ds, Note);
    expect(names.table).toBe('"toolkit_note"');
    expect(names.column('seenAt')).toBe('"seenAt"');
    expect(() => names.column('nope')).toThrow('Note has no column for property nope');
    expect(placeholders(ds.driver)(3)).toBe('?');
    expect(insertSql(ds, Note, ['key', 'tags'], 2, { onConflictDoNothing: true, returning: ['id'] })).toBe(
      'INSERT INTO "toolkit_note" ("key", "tags") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING RETURNING "id" AS "id"',
    );
  });

  it('knows each dialect’s parameter limit', () => {
    const driver = (type: string) => ({ options: { type } }) as unknown as Driver;
    expect(maxParameters(driver('better-sqlite3'))).toBe(32_766);
    expect(maxParameters(driver('sqlite'))).toBe(999);
    expect(maxParameters(driver('postgres'))).toBe(65_535);
  });

  it('inserts in power-of-two batches and stores values as TypeORM would', async () => {
    const query = jest.spyOn(ds.manager, 'query');
    const at = new Date('2026-03-02T10:11:12.345Z');
    const rows = Array.from({ length: 7 }, (_, i) => note(`n${i}${i === 2 ? '!' : ''}`, i === 0 ? at : null));
    await insertRows(ds.manager, Note, rows, { maxRows: 4 });
    const counts = query.mock.calls.map(([, parameters]) => (parameters as unknown[]).length / 4);
    expect(counts).toEqual([4, 2, 1]);
    const stored = await ds.getRepository(Note).find({ order: { id: 'ASC' } });
    expect(stored.map(({ id: _, ...rest }) => rest)).toEqual(rows);
    expect(stored[0].seenAt).toEqual(at);
  });

  it('keeps batches under the parameter limit', async () => {
    const query = jest.spyOn(ds.manager, 'query');
    const rows = Array.from({ length: 9000 }, (_, i) => note(`k${i}`));
    await insertRows(ds.manager, Note, rows);
    for (const [, parameters] of query.mock.calls) expect((parameters as unknown[]).length).toBeLessThanOrEqual(32_766);
    expect(await ds.getRepository(Note).count()).toBe(9000);
  });

  it('skips conflicting rows and returns what it inserted, hydrated', async () => {
    await insertRows(ds.manager, Note, [note('a')]);
    const inserted = await insertRows(ds.manager, Note, [note('a'), note('b!')], {
      columns: ['key', 'tags', 'pinned'],
      onConflictDoNothing: true,
      returning: ['id', 'key', 'pinned'],
    });
    expect(inserted).toEqual([{ id: expect.any(Number), key: 'b!', pinned: true }]);
  });

  it('takes the table by name, as the bench seed does', async () => {
    await insertRows(ds.manager, 'toolkit_note', [note('by-name')]);
    expect(await ds.getRepository(Note).findOneBy({ key: 'by-name' })).toMatchObject({ tags: ['by-name', 'ä'] });
  });

  it('refuses a row without a value for a column', async () => {
    await expect(insertRows(ds.manager, Note, [note('a'), { key: 'b' }])).rejects.toThrow(
      'Note.tags is missing in a row',
    );
  });

  it('runs a prepared read with bound parameters and hydrates its rows', async () => {
    const notes = ds.getRepository(Note);
    await insertRows(ds.manager, Note, [note('a', new Date('2026-01-01T00:00:00Z')), note('b!')]);
    const byKey = new PreparedRead(
      notes,
      (p) => selectColumns(notes, 'n', ['key', 'tags', 'seenAt', 'pinned']).where(`n.key = ${p(0)}`),
      hydrator(notes, ['key', 'tags', 'seenAt', 'pinned'] as const),
    );
    expect(byKey.sql()).toContain('"n"."key" = ?');
    expect(await byKey.run(['b!'])).toEqual([{ key: 'b!', tags: ['b!', 'ä'], seenAt: null, pinned: true }]);
    const whole = new PreparedRead(notes, (p) => selectAll(notes, 'n').where(`n.id = ${p(0)}`), entityOf(notes));
    const [first] = await whole.run([1]);
    expect(first).toBeInstanceOf(Note);
    expect(first).toEqual(await notes.findOneBy({ id: 1 }));
  });

  it('takes a builder’s conditions as text and binds every value, integers included', async () => {
    await insertRows(ds.manager, Note, [note('a'), note('b!'), note('c!')]);
    const none = whereOf(ds, Note, 'n', (qb) => qb);
    expect(none).toEqual({ where: '', parameters: {} });
    const { where, parameters } = whereOf(ds, Note, 'n', (qb) =>
      qb.where('n.id > :low', { low: 1 }).andWhere('n.pinned = :pinned', { pinned: true }),
    );
    expect(where).toBe(' WHERE "n"."id" > :low AND "n"."pinned" = :pinned');
    const [sql, values] = boundSql(
      ds.driver,
      `SELECT "n"."key" FROM "toolkit_note" "n"${where} ORDER BY "n"."key" LIMIT :take`,
      {
        ...parameters,
        take: 5,
      },
    );
    // No value is written into the text, so one statement serves every tenant, id and page.
    expect(sql).toBe(
      'SELECT "n"."key" FROM "toolkit_note" "n" WHERE "n"."id" > ? AND "n"."pinned" = ? ORDER BY "n"."key" LIMIT ?',
    );
    expect(values).toEqual([1n, 1, 5n]);
    expect(await ds.query(sql, values)).toEqual([{ key: 'b!' }, { key: 'c!' }]);
  });
});
