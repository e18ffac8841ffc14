// Lint is about architecture here: Nx module boundaries keep backend and admin talking only through
// @kompass/shared's public entry, and shared free of both. Style is left to the compiler and review.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tsParser from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';

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

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', 'bench/.data/**', 'test-results/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    // typescript-eslint is registered (no rules on) so that disable comments naming its rules resolve.
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
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
  ...layering,
  { files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  // Off for now: two dialogs (CreateActionsDialog, FrameworkCrosswalks) seed form state from loaded records in an
  // effect; moving that to keyed remounts is admin work for their owners.
  { files: ['admin/src/**/*.tsx'], rules: { 'react-hooks/set-state-in-effect': 'off' } },
  // Unit specs beside the code may use the fixtures and helpers under test/.
  { files: ['**/*.spec.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } },
];
