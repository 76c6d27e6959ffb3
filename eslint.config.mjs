// Lint rules from the project's conventions: no reaching into another workspace's src/, no import
// cycles, and configuration read only in config.ts.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const WORKSPACES = ['standards', 'engine', 'api', 'editor', 'examples', 'tests'];

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: WORKSPACES.map((w) => `@jingzhun/${w}/src/*`).concat(WORKSPACES.map((w) => `**/../${w}/src/*`)),
              message: "Import another workspace through its package entry point, never its src/.",
            },
          ],
        },
      ],
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
  {
    // The editor talks to the API over HTTP; from other workspaces it may import only types of standards.
    files: ['editor/src/**/*.ts', 'editor/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@jingzhun/engine', message: 'The editor calls the API over HTTP.' },
            { name: '@jingzhun/api', message: 'The editor calls the API over HTTP.' },
            { name: '@jingzhun/examples', message: 'The editor calls the API over HTTP.' },
          ],
          patterns: [{ group: ['@jingzhun/*/src/*'], message: 'Never import another workspace’s src/.' }],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@jingzhun/standards', message: 'Only types of standards.', allowTypeImports: true }] },
      ],
    },
  },
);
