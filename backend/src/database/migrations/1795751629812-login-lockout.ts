import { DialectMigration } from '../dialect-migration';

export class LoginLockout1795751629812 extends DialectMigration {
  readonly name = 'LoginLockout1795751629812';

  protected readonly sqlite = {
    up: [
      'DROP INDEX "IDX_9e842bb46880bd914d89d678f2"',
      'DROP INDEX "IDX_3d6915a33798152a079997cad2"',
      'CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "municipalityId" integer, "departmentId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(255) NOT NULL, "tokenVersion" integer NOT NULL DEFAULT (0), "calendarToken" varchar(64), "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime, CONSTRAINT "UQ_af229982139a1a2f0ab0a2cded5" UNIQUE ("calendarToken"), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"), CONSTRAINT "FK_9e842bb46880bd914d89d678f23" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d6915a33798152a079997cad28" FOREIGN KEY ("departmentId") REFERENCES "department" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "temporary_user"("id", "createdAt", "updatedAt", "email", "name", "role", "municipalityId", "departmentId", "locale", "active", "passwordHash", "tokenVersion", "calendarToken") SELECT "id", "createdAt", "updatedAt", "email", "name", "role", "municipalityId", "departmentId", "locale", "active", "passwordHash", "tokenVersion", "calendarToken" FROM "user"',
      'DROP TABLE "user"',
      'ALTER TABLE "temporary_user" RENAME TO "user"',
      'CREATE INDEX "IDX_9e842bb46880bd914d89d678f2" ON "user" ("municipalityId") ',
      'CREATE INDEX "IDX_3d6915a33798152a079997cad2" ON "user" ("departmentId") ',
    ],
    down: [
      'DROP INDEX "IDX_3d6915a33798152a079997cad2"',
      'DROP INDEX "IDX_9e842bb46880bd914d89d678f2"',
      'ALTER TABLE "user" RENAME TO "temporary_user"',
      'CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "municipalityId" integer, "departmentId" integer, "locale" varchar(2) NOT NULL DEFAULT (\'sv\'), "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(255) NOT NULL, "tokenVersion" integer NOT NULL DEFAULT (0), "calendarToken" varchar(64), CONSTRAINT "UQ_af229982139a1a2f0ab0a2cded5" UNIQUE ("calendarToken"), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"), CONSTRAINT "FK_9e842bb46880bd914d89d678f23" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d6915a33798152a079997cad28" FOREIGN KEY ("departmentId") REFERENCES "department" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
      'INSERT INTO "user"("id", "createdAt", "updatedAt", "email", "name", "role", "municipalityId", "departmentId", "locale", "active", "passwordHash", "tokenVersion", "calendarToken") SELECT "id", "createdAt", "updatedAt", "email", "name", "role", "municipalityId", "departmentId", "locale", "active", "passwordHash", "tokenVersion", "calendarToken" FROM "temporary_user"',
      'DROP TABLE "temporary_user"',
      'CREATE INDEX "IDX_3d6915a33798152a079997cad2" ON "user" ("departmentId") ',
      'CREATE INDEX "IDX_9e842bb46880bd914d89d678f2" ON "user" ("municipalityId") ',
    ],
  };

  protected readonly postgres = {
    up: [
      'ALTER TABLE "user" ADD "failedLogins" integer NOT NULL DEFAULT \'0\'',
      'ALTER TABLE "user" ADD "lockedUntil" TIMESTAMP',
    ],
    down: ['ALTER TABLE "user" DROP COLUMN "lockedUntil"', 'ALTER TABLE "user" DROP COLUMN "failedLogins"'],
  };
}
