// Lint rules from the project's conventions: the dependency direction between workspaces, no reaching
// into another workspace's src/, no import cycles, and configuration read only in config.ts.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const WORKSPACES = ['standards', 'engine', 'api', 'editor', 'examples', 'tests', 'bench'];

const SRC_PATTERN = {
  group: WORKSPACES.map((w) => `@jingzhun/${w}/src/*`).concat(WORKSPACES.map((w) => `**/../${w}/src/*`)),
  message: 'Import another workspace through its package entry point, never its src/.',
};

/**
 * The dependency direction: standards ← engine ← api ← examples ← tests, and the benchmarks on top.
 * What each workspace may not import, at its entry point or any subpath, types included; bench and
 * tests may import any workspace.
 */
const FORBIDDEN = {
  standards: ['engine', 'api', 'editor', 'examples', 'tests', 'bench'],
  engine: ['api', 'editor', 'examples', 'tests', 'bench'],
  api: ['editor', 'examples', 'tests', 'bench'],
  examples: ['editor', 'tests', 'bench'],
  // and the API but for the types of its contract (EDITOR below)
  editor: ['engine', 'examples', 'tests', 'bench'],
  tests: ['bench'],
};

const DIRECTION = 'dependencies point standards ← engine ← api ← examples ← tests (docs/architecture.md)';

/**
 * The editor calls the API over HTTP: of the API it may import only types of its contract; of the
 * standards, only types from the entry point (which reaches Node modules), while the subpaths made for
 * the browser are free.
 */
const OVER_HTTP = 'The editor calls the API over HTTP; it may import only types, from @jingzhun/api/contract.';
const EDITOR = {
  paths: [
    { name: '@jingzhun/api', message: OVER_HTTP },
    { name: '@jingzhun/api/contract', message: OVER_HTTP, allowTypeImports: true },
    { name: '@jingzhun/standards', message: 'Only types of @jingzhun/standards; its subpaths (lint, supported-elements…) run in the browser.', allowTypeImports: true },
  ],
  patterns: [{ group: ['@jingzhun/api/*', '!@jingzhun/api/contract'], message: OVER_HTTP }],
};

/** The options of `@typescript-eslint/no-restricted-imports` for `workspace`. */
function restrictions(workspace) {
  const message = (w) => `The ${workspace} workspace may not import @jingzhun/${w}: ${DIRECTION}.`;
  const extra = workspace === 'editor' ? EDITOR : { paths: [], patterns: [] };
  return [
    'error',
    {
      paths: [...FORBIDDEN[workspace].map((w) => ({ name: `@jingzhun/${w}`, message: message(w) })), ...extra.paths],
      patterns: [SRC_PATTERN, ...FORBIDDEN[workspace].map((w) => ({ group: [`@jingzhun/${w}/*`], message: message(w) })), ...extra.patterns],
    },
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/*.js', '**/*.cjs', '**/*.mjs', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SRC_PATTERN] }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings only in config.ts.' },
      ],
    },
  },
  {
    files: ['**/config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests start child processes with the parent's environment plus their own settings.
    files: ['**/*.test.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...Object.keys(FORBIDDEN).map((workspace) => ({
    files: [`${workspace}/**/*.ts`, `${workspace}/**/*.tsx`],
    rules: { '@typescript-eslint/no-restricted-imports': restrictions(workspace) },
  })),
);
