import { DialectMigration } from '../dialect-migration';

/**
 * The read revision (see read-cache/read-revision.entity.ts) and the triggers that raise it. How each table finds
 * its municipality: its own column, or through the action or evaluation it belongs to.
 */
const SOURCES: [table: string, via: 'own' | 'action' | 'evaluation'][] = [
  ['action_plan', 'own'],
  ['action', 'own'],
  ['action_finding', 'action'],
  ['evaluation', 'own'],
  ['evaluation_score', 'evaluation'],
  ['evaluation_area_total', 'evaluation'],
  ['finding', 'own'],
];
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

function municipalityOf(via: 'own' | 'action' | 'evaluation', row: 'NEW' | 'OLD' | 'row_data'): string {
  if (via === 'own') return `${row}."municipalityId"`;
  return `(SELECT "municipalityId" FROM "${via}" WHERE "id" = ${row}."${via}Id")`;
}

const bump = (target: string) =>
  `UPDATE "read_revision" SET "revision" = "revision" + 1 WHERE "municipalityId" = ${target}`;

/**
 * SQLite has one writer at a time, so plain row triggers; OLD only exists for UPDATE and DELETE. Equalities, not
 * `IN (NEW…, OLD…)`: SQLite builds a temporary index for an IN list, which tripled the trigger's cost (~55 µs per
 * written row instead of ~19 µs).
 */
function sqliteStatements(via: 'own' | 'action' | 'evaluation', event: (typeof EVENTS)[number]): string {
  if (event === 'INSERT') return `${bump(municipalityOf(via, 'NEW'))};`;
  if (event === 'DELETE') return `${bump(municipalityOf(via, 'OLD'))};`;
  const [now, before] = [municipalityOf(via, 'NEW'), municipalityOf(via, 'OLD')];
  return `${bump(now)}; ${bump(before)} AND ${before} IS NOT ${now};`;
}
const sqliteTriggers = [
  ...SOURCES.flatMap(([table, via]) =>
    EVENTS.map(
      (event) =>
        `CREATE TRIGGER "read_revision_${table}_${event.toLowerCase()}" AFTER ${event} ON "${table}" BEGIN ${sqliteStatements(via, event)} END`,
    ),
  ),
  'CREATE TRIGGER "read_revision_municipality_insert" AFTER INSERT ON "municipality" BEGIN INSERT INTO "read_revision" ("municipalityId", "revision") VALUES (NEW."id", 0); END',
  `CREATE TRIGGER "read_revision_municipality_update" AFTER UPDATE ON "municipality" BEGIN ${bump('NEW."id"')}; END`,
];
const sqliteTriggerNames = [
  ...SOURCES.flatMap(([table]) => EVENTS.map((event) => `${table}_${event.toLowerCase()}`)),
  'municipality_insert',
  'municipality_update',
];

/**
 * PostgreSQL: the raise is a constraint trigger deferred to commit. Taken at the end, the counter's row lock can
 * never be held while a transaction still waits for the rows it writes, so concurrent writers in one municipality
 * queue on it briefly instead of deadlocking.
 */
const postgresBump = `CREATE FUNCTION "read_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data record;
  target integer;
  previous integer;
BEGIN
  -- Pass 1 is the new row, pass 2 the old one (raised too when it belonged elsewhere).
  FOR pass IN 1..2 LOOP
    IF pass = 1 THEN
      CONTINUE WHEN TG_OP = 'DELETE';
      row_data := NEW;
    ELSE
      CONTINUE WHEN TG_OP = 'INSERT';
      row_data := OLD;
    END IF;
    IF TG_ARGV[0] = 'own' THEN
      target := row_data."municipalityId";
    ELSIF TG_ARGV[0] = 'municipality' THEN
      target := row_data."id";
    ELSIF TG_ARGV[0] = 'action' THEN
      target := ${municipalityOf('action', 'row_data')};
    ELSE
      target := ${municipalityOf('evaluation', 'row_data')};
    END IF;
    IF pass = 1 OR target IS DISTINCT FROM previous THEN
      ${bump('target')};
    END IF;
    previous := target;
  END LOOP;
  RETURN NULL;
END $$`;
const postgresCreate = `CREATE FUNCTION "read_revision_create"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "read_revision" ("municipalityId", "revision") VALUES (NEW."id", 0);
  RETURN NULL;
END $$`;
const postgresTriggers = [
  postgresBump,
  postgresCreate,
  ...SOURCES.map(
    ([table, via]) =>
      `CREATE CONSTRAINT TRIGGER "read_revision_${table}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "read_revision_bump"('${via}')`,
  ),
  'CREATE TRIGGER "read_revision_municipality_insert" AFTER INSERT ON "municipality" FOR EACH ROW EXECUTE FUNCTION "read_revision_create"()',
  `CREATE CONSTRAINT TRIGGER "read_revision_municipality" AFTER UPDATE ON "municipality" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "read_revision_bump"('municipality')`,
];
const postgresDrops = [
  ...SOURCES.map(([table]) => `DROP TRIGGER "read_revision_${table}" ON "${table}"`),
  'DROP TRIGGER "read_revision_municipality_insert" ON "municipality"',
  'DROP TRIGGER "read_revision_municipality" ON "municipality"',
  'DROP FUNCTION "read_revision_bump"()',
  'DROP FUNCTION "read_revision_create"()',
];
const backfill = 'INSERT INTO "read_revision" ("municipalityId", "revision") SELECT "id", 0 FROM "municipality"';

export class ReadRevision1795777257211 extends DialectMigration {
  readonly name = 'ReadRevision1795777257211';

  protected readonly sqlite = {
    up: [
      'CREATE TABLE "read_revision" ("municipalityId" integer PRIMARY KEY NOT NULL, "revision" integer NOT NULL DEFAULT (0))',
      'CREATE TABLE "temporary_read_revision" ("municipalityId" integer PRIMARY KEY NOT NULL, "revision" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_d21fccc64d8a5d68561a6959aa7" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_read_revision"("municipalityId", "revision") SELECT "municipalityId", "revision" FROM "read_revision"',
      'DROP TABLE "read_revision"',
      'ALTER TABLE "temporary_read_revision" RENAME TO "read_revision"',
      backfill,
      ...sqliteTriggers,
    ],
    down: [
      ...sqliteTriggerNames.map((name) => `DROP TRIGGER "read_revision_${name}"`),
      'ALTER TABLE "read_revision" RENAME TO "temporary_read_revision"',
      'CREATE TABLE "read_revision" ("municipalityId" integer PRIMARY KEY NOT NULL, "revision" integer NOT NULL DEFAULT (0))',
      'INSERT INTO "read_revision"("municipalityId", "revision") SELECT "municipalityId", "revision" FROM "temporary_read_revision"',
      'DROP TABLE "temporary_read_revision"',
      'DROP TABLE "read_revision"',
    ],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "read_revision" ("municipalityId" integer NOT NULL, "revision" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d21fccc64d8a5d68561a6959aa7" PRIMARY KEY ("municipalityId"))',
      'ALTER TABLE "read_revision" ADD CONSTRAINT "FK_d21fccc64d8a5d68561a6959aa7" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      backfill,
      ...postgresTriggers,
    ],
    down: [
      ...postgresDrops,
      'ALTER TABLE "read_revision" DROP CONSTRAINT "FK_d21fccc64d8a5d68561a6959aa7"',
      'DROP TABLE "read_revision"',
    ],
  };
}
