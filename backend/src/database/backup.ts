import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';

/** YYYYMMDD-HHMMSS in UTC, so backups sort by name. */
function stamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is not available (${result.error.message}); install postgresql-client`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}

/**
 * A full backup in one folder: the database (SQLite's online backup API, safe while Kompass runs; pg_dump for
 * PostgreSQL) and the uploaded files. Returns the folder.
 */
export async function backup(config: AppConfig, target?: string): Promise<string> {
  const folder = resolve(target ?? join(config.dataDir, 'backups', `kompass-${stamp()}`));
  mkdirSync(folder, { recursive: true });
  if (config.database.type === 'better-sqlite3') {
    const db = new Database(config.database.path, { readonly: true, fileMustExist: true });
    try {
      await db.backup(join(folder, 'database.sqlite'));
    } finally {
      db.close();
    }
  } else {
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${join(folder, 'database.dump')}`, config.database.url]);
  }
  const files = join(config.dataDir, 'files');
  if (existsSync(files)) cpSync(files, join(folder, 'files'), { recursive: true });
  return folder;
}

/** Restores a backup folder over the configured database and file store. Stop Kompass first. */
export function restore(config: AppConfig, folder: string): void {
  const source = resolve(folder);
  if (config.database.type === 'better-sqlite3') {
    const dump = join(source, 'database.sqlite');
    if (!existsSync(dump)) throw new Error(`${dump} is missing: not a SQLite backup of Kompass`);
    for (const suffix of ['-wal', '-shm']) rmSync(`${config.database.path}${suffix}`, { force: true });
    cpSync(dump, config.database.path);
  } else {
    const dump = join(source, 'database.dump');
    if (!existsSync(dump)) throw new Error(`${dump} is missing: not a PostgreSQL backup of Kompass`);
    run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${config.database.url}`,
      dump,
    ]);
  }
  const files = join(source, 'files');
  if (existsSync(files)) {
    mkdirSync(join(config.dataDir, 'files'), { recursive: true });
    for (const entry of readdirSync(files))
      cpSync(join(files, entry), join(config.dataDir, 'files', entry), { recursive: true });
  }
}
