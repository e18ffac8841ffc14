import { DialectMigration } from '../dialect-migration';

export class Reminders1795752111039 extends DialectMigration {
  readonly name = 'Reminders1795752111039';

  protected readonly sqlite = {
    up: [
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"))',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'CREATE TABLE "reminder_settings" ("municipalityId" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "deadlineDays" text NOT NULL, "repeatDays" integer NOT NULL DEFAULT (7), "staleDays" integer NOT NULL DEFAULT (30), "escalationDays" integer NOT NULL DEFAULT (14), "leadershipSummary" boolean NOT NULL DEFAULT (1), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById" FROM "notification"',
      'DROP TABLE "notification"',
      'ALTER TABLE "temporary_notification" RENAME TO "notification"',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'CREATE TABLE "temporary_reminder_settings" ("municipalityId" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "deadlineDays" text NOT NULL, "repeatDays" integer NOT NULL DEFAULT (7), "staleDays" integer NOT NULL DEFAULT (30), "escalationDays" integer NOT NULL DEFAULT (14), "leadershipSummary" boolean NOT NULL DEFAULT (1), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_8e0bdbba4d3bb2fb01946e9901c" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_reminder_settings"("municipalityId", "enabled", "deadlineDays", "repeatDays", "staleDays", "escalationDays", "leadershipSummary", "updatedAt") SELECT "municipalityId", "enabled", "deadlineDays", "repeatDays", "staleDays", "escalationDays", "leadershipSummary", "updatedAt" FROM "reminder_settings"',
      'DROP TABLE "reminder_settings"',
      'ALTER TABLE "temporary_reminder_settings" RENAME TO "reminder_settings"',
    ],
    down: [
      'ALTER TABLE "reminder_settings" RENAME TO "temporary_reminder_settings"',
      'CREATE TABLE "reminder_settings" ("municipalityId" integer PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "deadlineDays" text NOT NULL, "repeatDays" integer NOT NULL DEFAULT (7), "staleDays" integer NOT NULL DEFAULT (30), "escalationDays" integer NOT NULL DEFAULT (14), "leadershipSummary" boolean NOT NULL DEFAULT (1), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
      'INSERT INTO "reminder_settings"("municipalityId", "enabled", "deadlineDays", "repeatDays", "staleDays", "escalationDays", "leadershipSummary", "updatedAt") SELECT "municipalityId", "enabled", "deadlineDays", "repeatDays", "staleDays", "escalationDays", "leadershipSummary", "updatedAt" FROM "temporary_reminder_settings"',
      'DROP TABLE "temporary_reminder_settings"',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'ALTER TABLE "notification" RENAME TO "temporary_notification"',
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"))',
      'INSERT INTO "notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById" FROM "temporary_notification"',
      'DROP TABLE "temporary_notification"',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'DROP TABLE "reminder_settings"',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'DROP TABLE "notification"',
    ],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "notification" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "idempotencyKey" character varying(120) NOT NULL, "userId" integer, "email" character varying(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" character varying(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" character varying(2) NOT NULL DEFAULT \'sv\', "subject" character varying(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'queued\', "attempts" integer NOT NULL DEFAULT \'0\', "lastError" text, "sentAt" TIMESTAMP, "lockedUntil" TIMESTAMP, "supersededById" integer, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification"  ("status") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification"  ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification"  ("municipalityId", "date") ',
      'CREATE TABLE "reminder_settings" ("municipalityId" integer NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "deadlineDays" text NOT NULL, "repeatDays" integer NOT NULL DEFAULT \'7\', "staleDays" integer NOT NULL DEFAULT \'30\', "escalationDays" integer NOT NULL DEFAULT \'14\', "leadershipSummary" boolean NOT NULL DEFAULT true, "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_8e0bdbba4d3bb2fb01946e9901c" PRIMARY KEY ("municipalityId"))',
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
      'ALTER TABLE "reminder_settings" ADD CONSTRAINT "FK_8e0bdbba4d3bb2fb01946e9901c" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "reminder_settings" DROP CONSTRAINT "FK_8e0bdbba4d3bb2fb01946e9901c"',
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011"',
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_1ced25315eb974b73391fb1c81b"',
      'DROP TABLE "reminder_settings"',
      'DROP INDEX "public"."IDX_4cab10b464d36c84463dc893cc"',
      'DROP INDEX "public"."IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "public"."IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'DROP TABLE "notification"',
    ],
  };
}
