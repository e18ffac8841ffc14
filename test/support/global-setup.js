// A directory per jest run for the API suite's database templates (see seededTestDatabase in test-database.ts);
// the workers inherit its path through the environment.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  process.env.KOMPASS_TEST_TEMPLATE_DIR = mkdtempSync(join(tmpdir(), 'kompass-templates-'));
};
