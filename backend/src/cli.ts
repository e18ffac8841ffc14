import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { LoginFailure } from './auth/login-failure.entity';
import { loadConfigOrExit } from './config/load-config-or-exit';
import { dataSourceOptions } from './database/data-source-options';
import { backup, restore } from './database/backup';
import { withStartupLock } from './database/startup-lock';

/** Operator commands that need no HTTP server: `node backend/dist/cli.js migrate|revert|unlock <email>|backup [dir]|restore <dir>`. */
async function main(command = process.argv[2], argument = process.argv[3]): Promise<void> {
  const config = loadConfigOrExit();
  if (command === 'backup') {
    process.stdout.write(`Backup written to ${await backup(config, argument)}\n`);
    return;
  }
  if (command === 'restore') {
    if (!argument) throw new Error('Usage: cli.js restore <backup folder>');
    restore(config, argument);
    process.stdout.write(`Restored ${argument}; start Kompass again\n`);
    return;
  }
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    if (command === 'migrate') {
      const applied = await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
      process.stdout.write(
        applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'The database is up to date\n',
      );
    } else if (command === 'revert') {
      await withStartupLock(dataSource, () => dataSource.undoLastMigration({ transaction: 'each' }));
      process.stdout.write('Reverted the last migration\n');
    } else if (command === 'unlock') {
      if (!argument) throw new Error('Usage: cli.js unlock <email>');
      // Ends the login delay of an e-mail at once (also on a lost admin's own machine, with no admin to ask).
      const email = argument.trim().toLowerCase();
      const { affected } = await dataSource.getRepository(LoginFailure).delete({ email });
      process.stdout.write(
        affected ? `Unlocked ${email}: its failed sign-ins are forgotten\n` : `${email} had no failed sign-ins\n`,
      );
    } else {
      process.stderr.write('Usage: cli.js migrate|revert|unlock <email>|backup [dir]|restore <dir>\n');
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
