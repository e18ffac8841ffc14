import { DialectMigration } from '../dialect-migration';

/**
 * The public page (/oppet/<kommunkod>) is cached by the municipality's read revision (migration ReadRevision), so
 * the tables it reads besides those already covered raise it too: the three publication tables and department
 * (its name shows when the coordinator chooses so). Each has its own "municipalityId".
 */
const TRIGGERED = ['public_profile', 'plan_publication', 'action_publication', 'department'];
const EVENTS = ['insert', 'update', 'delete'] as const;
const bump = (target: string) =>
  `UPDATE "read_revision" SET "revision" = "revision" + 1 WHERE "municipalityId" = ${target}`;
const sqliteBody = (event: (typeof EVENTS)[number]) =>
  event === 'insert'
    ? `${bump('NEW."municipalityId"')};`
    : event === 'delete'
      ? `${bump('OLD."municipalityId"')};`
      : `${bump('NEW."municipalityId"')}; ${bump('OLD."municipalityId"')} AND OLD."municipalityId" IS NOT NEW."municipalityId";`;
const sqliteTriggers = TRIGGERED.flatMap((table) =>
  EVENTS.map(
    (event) =>
      `CREATE TRIGGER "read_revision_${table}_${event}" AFTER ${event.toUpperCase()} ON "${table}" BEGIN ${sqliteBody(event)} END`,
  ),
);
const sqliteDrops = TRIGGERED.flatMap((table) =>
  EVENTS.map((event) => `DROP TRIGGER "read_revision_${table}_${event}"`),
);
const postgresTriggers = TRIGGERED.map(
  (table) =>
    `CREATE CONSTRAINT TRIGGER "read_revision_${table}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "read_revision_bump"('own')`,
);
const postgresDrops = TRIGGERED.map((table) => `DROP TRIGGER "read_revision_${table}" ON "${table}"`);

export class PublicPages1796398504344 extends DialectMigration {
  readonly name = 'PublicPages1796398504344';

  protected readonly sqlite = {
    up: [
      'CREATE TABLE "public_profile" ("municipalityId" integer PRIMARY KEY NOT NULL, "logoUrl" varchar(500), "frameAncestors" text NOT NULL, "licence" varchar(20) NOT NULL DEFAULT (\'CC0-1.0\'), "showDepartments" boolean NOT NULL DEFAULT (0), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'CREATE TABLE "plan_publication" ("planId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "published" boolean NOT NULL DEFAULT (0), "actionsPublishedByDefault" boolean NOT NULL DEFAULT (1), "publishedAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'CREATE INDEX "IDX_8be1094f7aaa44acefc7171c8f" ON "plan_publication" ("municipalityId") ',
      'CREATE TABLE "action_publication" ("actionId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "planId" integer NOT NULL, "published" boolean NOT NULL, "publicSummary" text, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'CREATE INDEX "IDX_d6fce2e4979737a6bd383f91e3" ON "action_publication" ("municipalityId") ',
      'CREATE INDEX "IDX_2d4d4771c58da84730353586d3" ON "action_publication" ("planId") ',
      'CREATE TABLE "temporary_public_profile" ("municipalityId" integer PRIMARY KEY NOT NULL, "logoUrl" varchar(500), "frameAncestors" text NOT NULL, "licence" varchar(20) NOT NULL DEFAULT (\'CC0-1.0\'), "showDepartments" boolean NOT NULL DEFAULT (0), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_ad253e5e246376ada6d6a1c2701" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_public_profile"("municipalityId", "logoUrl", "frameAncestors", "licence", "showDepartments", "updatedAt") SELECT "municipalityId", "logoUrl", "frameAncestors", "licence", "showDepartments", "updatedAt" FROM "public_profile"',
      'DROP TABLE "public_profile"',
      'ALTER TABLE "temporary_public_profile" RENAME TO "public_profile"',
      'DROP INDEX "IDX_8be1094f7aaa44acefc7171c8f"',
      'CREATE TABLE "temporary_plan_publication" ("planId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "published" boolean NOT NULL DEFAULT (0), "actionsPublishedByDefault" boolean NOT NULL DEFAULT (1), "publishedAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_1364b3fd82238a99cf4ff8cf42a" FOREIGN KEY ("planId") REFERENCES "action_plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_plan_publication"("planId", "municipalityId", "published", "actionsPublishedByDefault", "publishedAt", "updatedAt") SELECT "planId", "municipalityId", "published", "actionsPublishedByDefault", "publishedAt", "updatedAt" FROM "plan_publication"',
      'DROP TABLE "plan_publication"',
      'ALTER TABLE "temporary_plan_publication" RENAME TO "plan_publication"',
      'CREATE INDEX "IDX_8be1094f7aaa44acefc7171c8f" ON "plan_publication" ("municipalityId") ',
      'DROP INDEX "IDX_d6fce2e4979737a6bd383f91e3"',
      'DROP INDEX "IDX_2d4d4771c58da84730353586d3"',
      'CREATE TABLE "temporary_action_publication" ("actionId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "planId" integer NOT NULL, "published" boolean NOT NULL, "publicSummary" text, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_11e4355def2954a81724cbfb4a3" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_action_publication"("actionId", "municipalityId", "planId", "published", "publicSummary", "updatedAt") SELECT "actionId", "municipalityId", "planId", "published", "publicSummary", "updatedAt" FROM "action_publication"',
      'DROP TABLE "action_publication"',
      'ALTER TABLE "temporary_action_publication" RENAME TO "action_publication"',
      'CREATE INDEX "IDX_d6fce2e4979737a6bd383f91e3" ON "action_publication" ("municipalityId") ',
      'CREATE INDEX "IDX_2d4d4771c58da84730353586d3" ON "action_publication" ("planId") ',
      ...sqliteTriggers,
    ],
    down: [
      ...sqliteDrops,
      'DROP INDEX "IDX_2d4d4771c58da84730353586d3"',
      'DROP INDEX "IDX_d6fce2e4979737a6bd383f91e3"',
      'ALTER TABLE "action_publication" RENAME TO "temporary_action_publication"',
      'CREATE TABLE "action_publication" ("actionId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "planId" integer NOT NULL, "published" boolean NOT NULL, "publicSummary" text, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'INSERT INTO "action_publication"("actionId", "municipalityId", "planId", "published", "publicSummary", "updatedAt") SELECT "actionId", "municipalityId", "planId", "published", "publicSummary", "updatedAt" FROM "temporary_action_publication"',
      'DROP TABLE "temporary_action_publication"',
      'CREATE INDEX "IDX_2d4d4771c58da84730353586d3" ON "action_publication" ("planId") ',
      'CREATE INDEX "IDX_d6fce2e4979737a6bd383f91e3" ON "action_publication" ("municipalityId") ',
      'DROP INDEX "IDX_8be1094f7aaa44acefc7171c8f"',
      'ALTER TABLE "plan_publication" RENAME TO "temporary_plan_publication"',
      'CREATE TABLE "plan_publication" ("planId" integer PRIMARY KEY NOT NULL, "municipalityId" integer NOT NULL, "published" boolean NOT NULL DEFAULT (0), "actionsPublishedByDefault" boolean NOT NULL DEFAULT (1), "publishedAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'INSERT INTO "plan_publication"("planId", "municipalityId", "published", "actionsPublishedByDefault", "publishedAt", "updatedAt") SELECT "planId", "municipalityId", "published", "actionsPublishedByDefault", "publishedAt", "updatedAt" FROM "temporary_plan_publication"',
      'DROP TABLE "temporary_plan_publication"',
      'CREATE INDEX "IDX_8be1094f7aaa44acefc7171c8f" ON "plan_publication" ("municipalityId") ',
      'ALTER TABLE "public_profile" RENAME TO "temporary_public_profile"',
      'CREATE TABLE "public_profile" ("municipalityId" integer PRIMARY KEY NOT NULL, "logoUrl" varchar(500), "frameAncestors" text NOT NULL, "licence" varchar(20) NOT NULL DEFAULT (\'CC0-1.0\'), "showDepartments" boolean NOT NULL DEFAULT (0), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'INSERT INTO "public_profile"("municipalityId", "logoUrl", "frameAncestors", "licence", "showDepartments", "updatedAt") SELECT "municipalityId", "logoUrl", "frameAncestors", "licence", "showDepartments", "updatedAt" FROM "temporary_public_profile"',
      'DROP TABLE "temporary_public_profile"',
      'DROP INDEX "IDX_2d4d4771c58da84730353586d3"',
      'DROP INDEX "IDX_d6fce2e4979737a6bd383f91e3"',
      'DROP TABLE "action_publication"',
      'DROP INDEX "IDX_8be1094f7aaa44acefc7171c8f"',
      'DROP TABLE "plan_publication"',
      'DROP TABLE "public_profile"',
    ],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "public_profile" ("municipalityId" integer NOT NULL, "logoUrl" character varying(500), "frameAncestors" text NOT NULL, "licence" character varying(20) NOT NULL DEFAULT \'CC0-1.0\', "showDepartments" boolean NOT NULL DEFAULT false, "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_ad253e5e246376ada6d6a1c2701" PRIMARY KEY ("municipalityId"))',
      'CREATE TABLE "plan_publication" ("planId" integer NOT NULL, "municipalityId" integer NOT NULL, "published" boolean NOT NULL DEFAULT false, "actionsPublishedByDefault" boolean NOT NULL DEFAULT true, "publishedAt" TIMESTAMP, "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_1364b3fd82238a99cf4ff8cf42a" PRIMARY KEY ("planId"))',
      'CREATE INDEX "IDX_8be1094f7aaa44acefc7171c8f" ON "plan_publication"  ("municipalityId") ',
      'CREATE TABLE "action_publication" ("actionId" integer NOT NULL, "municipalityId" integer NOT NULL, "planId" integer NOT NULL, "published" boolean NOT NULL, "publicSummary" text, "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_11e4355def2954a81724cbfb4a3" PRIMARY KEY ("actionId"))',
      'CREATE INDEX "IDX_d6fce2e4979737a6bd383f91e3" ON "action_publication"  ("municipalityId") ',
      'CREATE INDEX "IDX_2d4d4771c58da84730353586d3" ON "action_publication"  ("planId") ',
      'ALTER TABLE "public_profile" ADD CONSTRAINT "FK_ad253e5e246376ada6d6a1c2701" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "plan_publication" ADD CONSTRAINT "FK_1364b3fd82238a99cf4ff8cf42a" FOREIGN KEY ("planId") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "action_publication" ADD CONSTRAINT "FK_11e4355def2954a81724cbfb4a3" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      ...postgresTriggers,
    ],
    down: [
      ...postgresDrops,
      'ALTER TABLE "action_publication" DROP CONSTRAINT "FK_11e4355def2954a81724cbfb4a3"',
      'ALTER TABLE "plan_publication" DROP CONSTRAINT "FK_1364b3fd82238a99cf4ff8cf42a"',
      'ALTER TABLE "public_profile" DROP CONSTRAINT "FK_ad253e5e246376ada6d6a1c2701"',
      'DROP INDEX "public"."IDX_2d4d4771c58da84730353586d3"',
      'DROP INDEX "public"."IDX_d6fce2e4979737a6bd383f91e3"',
      'DROP TABLE "action_publication"',
      'DROP INDEX "public"."IDX_8be1094f7aaa44acefc7171c8f"',
      'DROP TABLE "plan_publication"',
      'DROP TABLE "public_profile"',
    ],
  };
}
