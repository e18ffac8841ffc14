import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from './config/load-config-or-exit';
import { dataSourceOptions } from './database/data-source-options';

/** Operator commands that need no HTTP server: `node backend/dist/cli.js migrate|revert`. */
async function main(command = process.argv[2]): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    if (command === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'The database is up to date\n');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Reverted the last migration\n');
    } else {
      process.stderr.write('Usage: cli.js migrate|revert\n');
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
