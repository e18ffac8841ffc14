import { DialectMigration } from '../dialect-migration';

export class SingleSignOn1796410582218 extends DialectMigration {
  readonly name = 'SingleSignOn1796410582218';

  // ADD COLUMN, not a table rebuild: "user" has read-cache triggers.
  protected readonly sqlite = {
    up: [
      'CREATE TABLE "oidc_connection" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "municipalityId" integer NOT NULL, "displayName" varchar(200) NOT NULL, "issuer" varchar(500) NOT NULL, "clientId" varchar(200) NOT NULL, "clientSecretRef" varchar(500) NOT NULL, "allowedDomains" text NOT NULL, "roleClaim" varchar(200) NOT NULL DEFAULT (\'roles\'), "roleMap" text NOT NULL, "passwordLoginAllowed" boolean NOT NULL DEFAULT (1), CONSTRAINT "UQ_5486ee04b79673d7d3758aa561e" UNIQUE ("municipalityId"), CONSTRAINT "REL_5486ee04b79673d7d3758aa561" UNIQUE ("municipalityId"), CONSTRAINT "FK_5486ee04b79673d7d3758aa561e" FOREIGN KEY ("municipalityId") REFERENCES "municipality" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
      'ALTER TABLE "user" ADD COLUMN "oidcIssuer" varchar(500)',
      'ALTER TABLE "user" ADD COLUMN "oidcSubject" varchar(255)',
      'CREATE UNIQUE INDEX "IDX_bed2563d91519e222a52a1ba97" ON "user" ("oidcIssuer", "oidcSubject") ',
    ],
    down: [
      'DROP INDEX "IDX_bed2563d91519e222a52a1ba97"',
      'ALTER TABLE "user" DROP COLUMN "oidcSubject"',
      'ALTER TABLE "user" DROP COLUMN "oidcIssuer"',
      'DROP TABLE "oidc_connection"',
    ],
  };

  protected readonly postgres = {
    up: [
      'CREATE TABLE "oidc_connection" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "municipalityId" integer NOT NULL, "displayName" character varying(200) NOT NULL, "issuer" character varying(500) NOT NULL, "clientId" character varying(200) NOT NULL, "clientSecretRef" character varying(500) NOT NULL, "allowedDomains" text NOT NULL, "roleClaim" character varying(200) NOT NULL DEFAULT \'roles\', "roleMap" text NOT NULL, "passwordLoginAllowed" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_5486ee04b79673d7d3758aa561e" UNIQUE ("municipalityId"), CONSTRAINT "REL_5486ee04b79673d7d3758aa561" UNIQUE ("municipalityId"), CONSTRAINT "PK_8bb5209908b00a3790d4a3e5298" PRIMARY KEY ("id"))',
      'ALTER TABLE "user" ADD "oidcIssuer" character varying(500)',
      'ALTER TABLE "user" ADD "oidcSubject" character varying(255)',
      'CREATE UNIQUE INDEX "IDX_bed2563d91519e222a52a1ba97" ON "user"  ("oidcIssuer", "oidcSubject") ',
      'ALTER TABLE "oidc_connection" ADD CONSTRAINT "FK_5486ee04b79673d7d3758aa561e" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    ],
    down: [
      'ALTER TABLE "oidc_connection" DROP CONSTRAINT "FK_5486ee04b79673d7d3758aa561e"',
      'DROP INDEX "public"."IDX_bed2563d91519e222a52a1ba97"',
      'ALTER TABLE "user" DROP COLUMN "oidcSubject"',
      'ALTER TABLE "user" DROP COLUMN "oidcIssuer"',
      'DROP TABLE "oidc_connection"',
    ],
  };
}
