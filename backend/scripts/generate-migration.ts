/**
 * Generates the next migration from the entities, for SQLite and PostgreSQL at once.
 * Usage: npm run migration:generate -- <PascalCaseName>
 * Needs PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import type { DatabaseConfig } from '../src/config/app-config';

const adminUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function pendingSql(database: DatabaseConfig): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(database));
  await ds.initialize();
  try {
    await ds.runMigrations();
    const log = await ds.driver.createSchemaBuilder().log();
    for (const q of [...log.upQueries, ...log.downQueries])
      if (q.parameters?.length) throw new Error(`Parameterised DDL is not supported: ${q.query}`);
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query).reverse() };
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const dir = mkdtempSync(join(tmpdir(), 'kompass-migration-'));
  const pgName = `kompass_gen_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pgName}`);
  try {
    const sqlite = await pendingSql({ type: 'better-sqlite3', path: join(dir, 'gen.sqlite') });
    const url = new URL(adminUrl);
    url.pathname = `/${pgName}`;
    const postgres = await pendingSql({ type: 'postgres', url: url.toString() });
    if (!sqlite.up.length && !postgres.up.length) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = join(
      __dirname,
      '../src/database/migrations',
      `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    const list = (sql: string[]) => `[\n${sql.map((s) => `      ${JSON.stringify(s)},`).join('\n')}\n    ]`;
    writeFileSync(
      file,
      `import { DialectMigration } from '../dialect-migration';

export class ${className} extends DialectMigration {
  readonly name = '${className}';

  protected readonly sqlite = {
    up: ${list(sqlite.up)},
    down: ${list(sqlite.down)},
  };

  protected readonly postgres = {
    up: ${list(postgres.up)},
    down: ${list(postgres.down)},
  };
}
`,
    );
    const indexFile = join(__dirname, '../src/database/migrations/index.ts');
    const module = file.split('/').pop()!.replace(/\.ts$/, '');
    let index = readFileSync(indexFile, 'utf8');
    index = `import { ${className} } from './${module}';\n` + index;
    index = index.replace(/= \[(.*?)\];/s, (_m, items: string) => {
      const existing = items.trim() ? `${items.trim().replace(/,$/, '')}, ` : '';
      return `= [${existing}${className}];`;
    });
    writeFileSync(indexFile, index);
    console.log(`Wrote ${file}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
