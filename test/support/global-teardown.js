// Drops the run's PostgreSQL template (its name is in postgres.ready) and removes the template directory.
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');

module.exports = async () => {
  const dir = process.env.KOMPASS_TEST_TEMPLATE_DIR;
  if (!dir) return;
  const ready = join(dir, 'postgres.ready');
  if (existsSync(ready)) {
    const client = new Client({
      connectionString: process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${readFileSync(ready, 'utf8').trim()} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  rmSync(dir, { recursive: true, force: true });
};
