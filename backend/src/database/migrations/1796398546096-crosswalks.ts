import { DialectMigration } from '../dialect-migration';

export class Crosswalks1796398546096 extends DialectMigration {
  readonly name = 'Crosswalks1796398546096';

  /**
   * SQLite: the crosswalk table created in its final form, and the plan's column added with ALTER TABLE rather
   * than by rebuilding action_plan (a rebuild would drop its read-cache triggers and other branches' columns).
   */
  protected readonly sqlite = {
    up: [
      'CREATE TABLE "framework_crosswalk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sourceFrameworkId" integer NOT NULL, "targetFrameworkId" integer NOT NULL, "areas" text NOT NULL, "questions" text NOT NULL, CONSTRAINT "FK_30ec5af7d980c0bcdde241b016d" FOREIGN KEY ("sourceFrameworkId") REFERENCES "framework" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_034c3c7008064f113960390381a" FOREIGN KEY ("targetFrameworkId") REFERENCES "framework" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'CREATE INDEX "IDX_034c3c7008064f113960390381" ON "framework_crosswalk" ("targetFrameworkId") ',
      'CREATE UNIQUE INDEX "IDX_679740f6da9019fe80a99dad29" ON "framework_crosswalk" ("sourceFrameworkId", "targetFrameworkId") ',
      'ALTER TABLE "action_plan" ADD COLUMN "nextFrameworkId" integer',
    ],
    down: [
      'ALTER TABLE "action_plan" DROP COLUMN "nextFrameworkId"',
      'DROP INDEX "IDX_679740f6da9019fe80a99dad29"',
      'DROP INDEX "IDX_034c3c7008064f113960390381"',
      'DROP TABLE "framework_crosswalk"',
    ],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "framework_crosswalk" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "sourceFrameworkId" integer NOT NULL, "targetFrameworkId" integer NOT NULL, "areas" text NOT NULL, "questions" text NOT NULL, CONSTRAINT "PK_af9a570bd4f2b9633d8d5c2c34c" PRIMARY KEY ("id"))',
      'CREATE INDEX "IDX_034c3c7008064f113960390381" ON "framework_crosswalk"  ("targetFrameworkId") ',
      'CREATE UNIQUE INDEX "IDX_679740f6da9019fe80a99dad29" ON "framework_crosswalk"  ("sourceFrameworkId", "targetFrameworkId") ',
      'ALTER TABLE "action_plan" ADD "nextFrameworkId" integer',
      'ALTER TABLE "framework_crosswalk" ADD CONSTRAINT "FK_30ec5af7d980c0bcdde241b016d" FOREIGN KEY ("sourceFrameworkId") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "framework_crosswalk" ADD CONSTRAINT "FK_034c3c7008064f113960390381a" FOREIGN KEY ("targetFrameworkId") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "framework_crosswalk" DROP CONSTRAINT "FK_034c3c7008064f113960390381a"',
      'ALTER TABLE "framework_crosswalk" DROP CONSTRAINT "FK_30ec5af7d980c0bcdde241b016d"',
      'ALTER TABLE "action_plan" DROP COLUMN "nextFrameworkId"',
      'DROP INDEX "public"."IDX_679740f6da9019fe80a99dad29"',
      'DROP INDEX "public"."IDX_034c3c7008064f113960390381"',
      'DROP TABLE "framework_crosswalk"',
    ],
  };
}
