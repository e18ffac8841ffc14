// Lint is about architecture here: Nx module boundaries keep backend and admin talking only through
// @kompass/shared's public entry, and shared free of both. Style is left to the compiler and review.
import nx from '@nx/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', 'bench/.data/**', 'test-results/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    // typescript-eslint is registered (no rules on) so that disable comments naming its rules resolve.
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@kompass/shared/*'], message: 'Import @kompass/shared through its public entry only.' }] }],
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
  // Unit specs beside the code may use the fixtures and helpers under test/.
  { files: ['**/*.spec.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } },
];
