import { DialectMigration } from '../dialect-migration';

export class LoginFailures1796398525264 extends DialectMigration {
  readonly name = 'LoginFailures1796398525264';

  protected readonly sqlite = {
    up: [
      'CREATE TABLE "login_failure" ("email" varchar(254) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "lastFailureAt" datetime NOT NULL)',
    ],
    down: ['DROP TABLE "login_failure"'],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "login_failure" ("email" character varying(254) NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "lastFailureAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_5ce52fdd812e1fa2dd7b7476c42" PRIMARY KEY ("email"))',
    ],
    down: ['DROP TABLE "login_failure"'],
  };
}
