import { DialectMigration } from '../dialect-migration';

export class RenderAtSend1795769285702 extends DialectMigration {
  readonly name = 'RenderAtSend1795769285702';

  protected readonly sqlite = {
    up: [
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, "content" text, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById" FROM "notification"',
      'DROP TABLE "notification"',
      'ALTER TABLE "temporary_notification" RENAME TO "notification"',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text, "bodyHtml" text, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, "content" text, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById", "content") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById", "content" FROM "notification"',
      'DROP TABLE "notification"',
      'ALTER TABLE "temporary_notification" RENAME TO "notification"',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
    ],
    down: [
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'ALTER TABLE "notification" RENAME TO "temporary_notification"',
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, "content" text, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById", "content") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById", "content" FROM "temporary_notification"',
      'DROP TABLE "temporary_notification"',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
      'DROP INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9"',
      'DROP INDEX "IDX_7312f79d9b2e7ff8f72dc04852"',
      'DROP INDEX "IDX_4cab10b464d36c84463dc893cc"',
      'ALTER TABLE "notification" RENAME TO "temporary_notification"',
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "idempotencyKey" varchar(120) NOT NULL, "userId" integer, "email" varchar(254) NOT NULL, "municipalityId" integer NOT NULL, "kind" varchar(20) NOT NULL, "date" date NOT NULL, "planId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "subject" varchar(300) NOT NULL, "bodyText" text NOT NULL, "bodyHtml" text NOT NULL, "actionIds" text NOT NULL, "items" text NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'queued\'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "sentAt" datetime, "lockedUntil" datetime, "supersededById" integer, CONSTRAINT "UQ_d5d21ddb049fe238cea9d33a9f7" UNIQUE ("idempotencyKey"), CONSTRAINT "FK_4ca5521dfcca45b20cc6e32e011" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "notification"("id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById") SELECT "id", "createdAt", "updatedAt", "idempotencyKey", "userId", "email", "municipalityId", "kind", "date", "planId", "locale", "subject", "bodyText", "bodyHtml", "actionIds", "items", "status", "attempts", "lastError", "sentAt", "lockedUntil", "supersededById" FROM "temporary_notification"',
      'DROP TABLE "temporary_notification"',
      'CREATE INDEX "IDX_c62fbe823d612cc7ad7b5c3dd9" ON "notification" ("status") ',
      'CREATE INDEX "IDX_7312f79d9b2e7ff8f72dc04852" ON "notification" ("userId", "kind", "date") ',
      'CREATE INDEX "IDX_4cab10b464d36c84463dc893cc" ON "notification" ("municipalityId", "date") ',
    ],
  };

  protected readonly postgres = {
    up: [
      'ALTER TABLE "notification" ADD "content" text',
      'ALTER TABLE "notification" ALTER COLUMN "bodyText" DROP NOT NULL',
      'ALTER TABLE "notification" ALTER COLUMN "bodyHtml" DROP NOT NULL',
    ],
    down: [
      'ALTER TABLE "notification" ALTER COLUMN "bodyHtml" SET NOT NULL',
      'ALTER TABLE "notification" ALTER COLUMN "bodyText" SET NOT NULL',
      'ALTER TABLE "notification" DROP COLUMN "content"',
    ],
  };
}
