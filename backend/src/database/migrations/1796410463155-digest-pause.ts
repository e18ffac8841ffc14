import { DialectMigration } from '../dialect-migration';

export class DigestPause1796410463155 extends DialectMigration {
  readonly name = 'DigestPause1796410463155';

  // Added in place, not by rebuilding the table: a rebuild would drop the read-cache triggers and other branches' columns
  protected readonly sqlite = {
    up: ['ALTER TABLE "user" ADD COLUMN "pausedFrom" date', 'ALTER TABLE "user" ADD COLUMN "pausedUntil" date'],
    down: ['ALTER TABLE "user" DROP COLUMN "pausedUntil"', 'ALTER TABLE "user" DROP COLUMN "pausedFrom"'],
  };

  protected readonly postgres = {
    up: ['ALTER TABLE "user" ADD "pausedFrom" date', 'ALTER TABLE "user" ADD "pausedUntil" date'],
    down: ['ALTER TABLE "user" DROP COLUMN "pausedUntil"', 'ALTER TABLE "user" DROP COLUMN "pausedFrom"'],
  };
}
