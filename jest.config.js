// One jest run: unit tests beside the code, then the API suite on SQLite and, when one answers
// (always under CI), on a throwaway PostgreSQL database, and the browser suite (Chromium against
// the built server; `npm test` builds first).
const { availableParallelism } = require('node:os');
const { Client } = require('pg');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: { '^@kompass/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/backend/dist', '<rootDir>/shared/dist', '<rootDir>/admin/dist'],
};

const postgresAdminUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresAnswers() {
  const client = new Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

module.exports = async () => {
  const projects = [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/backend/src/**/*.spec.ts', '<rootDir>/shared/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api-sqlite',
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/use-sqlite.js'],
    },
  ];
  projects.push({
    ...common,
    displayName: 'browser',
    testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    // Each file starts its own server and Chromium; pages and imports take seconds on 2 cores
    setupFilesAfterEnv: ['<rootDir>/test/support/browser-timeout.js'],
  });
  if (process.env.CI || (await postgresAnswers())) {
    projects.push({
      ...common,
      displayName: 'api-postgres',
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/use-postgres.js'],
    });
  } else {
    console.warn(`PostgreSQL does not answer at ${postgresAdminUrl}: the API suite runs on SQLite only.`);
  }
  // Two workers even on two cores: most suites wait on spawned servers, Chromium or the database (CI ~9 min instead of ~16).
  return {
    projects,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30000,
    globalSetup: '<rootDir>/test/support/global-setup.js',
    globalTeardown: '<rootDir>/test/support/global-teardown.js',
    reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  };
};
