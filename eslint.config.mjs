// Lint guards architecture and correctness: Nx module boundaries keep backend and admin talking only through
// @kompass/shared's public entry, and shared free of both; typescript-eslint's type-checked rules catch floating
// promises, unsafe `any` and needless assertions. Style is left to Prettier.
import { defineConfig } from 'eslint/config';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts'];
const enumStringsOff = { '@typescript-eslint/no-unsafe-enum-comparison': 'off' };
const unsafeAnyOff = Object.fromEntries(
  ['assignment', 'member-access', 'call', 'argument', 'return'].map((kind) => [
    `@typescript-eslint/no-unsafe-${kind}`,
    'off',
  ]),
);

const sharedEntryOnly = {
  group: ['@kompass/shared/*'],
  message: 'Import @kompass/shared through its public entry only.',
};

// The backend's layers (docs/architecture.md, "Who may import whom"): a folder imports its own layer and those
// below it, never one above.
const LAYERS = [
  ['auth', 'users', 'municipalities', 'departments'],
  ['frameworks', 'evaluations', 'findings'],
  ['action-plans', 'actions', 'audit'],
  ['reminders', 'mail', 'reports', 'public-pages'],
];
const layering = LAYERS.slice(0, -1).map((layer, i) => ({
  files: layer.map((folder) => `backend/src/${folder}/**/*.ts`),
  ignores: ['**/*.spec.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          sharedEntryOnly,
          {
            group: LAYERS.slice(i + 1)
              .flat()
              .flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`, `../../../${folder}/*`]),
            message: `${layer.join('/, ')}/ may not import a layer above them: see "Who may import whom" in docs/architecture.md.`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig([
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', 'bench/.data/**', 'test-results/**', 'coverage/**'] },
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Every linted file belongs to one of these (test/ outside the browser suite is in backend's).
      parserOptions: {
        tsconfigRootDir: import.meta.dirname,
        project: [
          'shared/tsconfig.json',
          'backend/tsconfig.json',
          'test/browser/tsconfig.json',
          'bench/tsconfig.json',
          'admin/tsconfig.json',
          'admin/tsconfig.node.json',
        ],
      },
    },
    plugins: { '@nx': nx },
    rules: {
      'no-restricted-imports': ['error', { patterns: [sharedEntryOnly] }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  // A leading underscore marks a binding left unused on purpose, as TypeScript's noUnusedLocals reads it.
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Deliberate relaxations, kept few:
  // async without await is how an implementation of a Promise-returning interface turns a throw into a rejection.
  { files: TS_FILES, rules: { '@typescript-eslint/require-await': 'off' } },
  // Lazy `require` keeps heavy libraries out of resting memory; jest's CommonJS runtime cannot follow `import()`.
  { files: ['backend/src/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests read untyped JSON bodies (supertest's `body` is `any`, enum values arrive as strings) and spy on
  // methods through jest's `expect`.
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { ...unsafeAnyOff, ...enumStringsOff, '@typescript-eslint/unbound-method': 'off' },
  },
  // Tests and the bench stringify spreadsheet cells and database values they know to be scalars.
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  // react-admin's records and data-provider answers are `any` and its locale state a plain string; event handlers
  // may be async (React drops the returned promise, and each handler reports its own errors).
  {
    files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'],
    rules: {
      ...unsafeAnyOff,
      ...enumStringsOff,
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  ...layering,
  { files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  // Off for now: two dialogs (CreateActionsDialog, FrameworkCrosswalks) seed form state from loaded records in an
  // effect; moving that to keyed remounts is admin work for their owners.
  { files: ['admin/src/**/*.tsx'], rules: { 'react-hooks/set-state-in-effect': 'off' } },
  // Unit specs beside the code may use the fixtures and helpers under test/.
  { files: ['**/*.spec.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } },
]);
