import { DialectMigration } from '../dialect-migration';

export class ActionJudgement1796403335572 extends DialectMigration {
  readonly name = 'ActionJudgement1796403335572';

  // Added in place, not by rebuilding the tables: a rebuild would drop the read-cache triggers and other branches' columns
  protected readonly sqlite = {
    up: [
      'ALTER TABLE "action" ADD COLUMN "judgement" varchar(10)',
      'ALTER TABLE "action_update" ADD COLUMN "judgement" varchar(10)',
    ],
    down: ['ALTER TABLE "action_update" DROP COLUMN "judgement"', 'ALTER TABLE "action" DROP COLUMN "judgement"'],
  };

  protected readonly postgres = {
    up: [
      'ALTER TABLE "action" ADD "judgement" character varying(10)',
      'ALTER TABLE "action_update" ADD "judgement" character varying(10)',
    ],
    down: ['ALTER TABLE "action_update" DROP COLUMN "judgement"', 'ALTER TABLE "action" DROP COLUMN "judgement"'],
  };
}
