/**
 * Lint holds the dependency direction between workspaces (eslint.config.mjs; docs/architecture.md says
 * which): ESLint's Node API lints short files placed in each workspace, in a Node process of its own,
 * as `npm run lint` runs it (jest cannot load the ES-module configuration).
 */
import path from 'node:path';
import { childProcesses, PROCESS_TEST_TIMEOUT } from '@jingzhun/standards/testing';

const ROOT = path.resolve(__dirname, '../..');

/** Lints each file (path → text) with the project's configuration; prints the import rule's messages per file. */
const LINT = `
import { ESLint } from 'eslint';
const files = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const messages = {};
for (const [file, text] of Object.entries(files)) {
  const [result] = await eslint.lintText(text, { filePath: file });
  messages[file] = result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}
process.stdout.write(JSON.stringify(messages));
`;

/** One file per case, each in the workspace whose imports it tries. */
const FILES: Record<string, string> = {
  'engine/src/imports-api.ts': "import { createApp } from '@jingzhun/api';\nexport const app = createApp;\n",
  'engine/src/imports-api-types.ts': "import type { App } from '@jingzhun/api';\nexport type Served = App;\n",
  'engine/src/imports-test-helpers.ts': "import { openHarness } from '@jingzhun/tests';\nexport const harness = openHarness;\n",
  'standards/src/imports-engine.ts': "export { openStore } from '@jingzhun/engine';\n",
  'api/src/imports-examples.ts': "import { loadExampleStandards } from '@jingzhun/examples';\nexport const load = loadExampleStandards;\n",
  'editor/src/imports-engine.ts': "import { ENGINE_ERROR_CODES } from '@jingzhun/engine';\nexport const codes = ENGINE_ERROR_CODES;\n",
  'editor/src/imports-api.ts': "import { createApp } from '@jingzhun/api';\nexport const app = createApp;\n",
  'editor/src/imports-contract-values.ts': "import * as contract from '@jingzhun/api/contract';\nexport const shapes = contract;\n",
  'editor/src/imports-contract-types.ts': "import type { Task } from '@jingzhun/api/contract';\nexport type Inbox = Task[];\n",
  'editor/src/imports-standards-browser.ts': "import { SUPPORTED_ELEMENT_TYPES } from '@jingzhun/standards/supported-elements';\nexport const types = SUPPORTED_ELEMENT_TYPES;\n",
  'engine/src/imports-standards.ts': "import { validateStandard } from '@jingzhun/standards';\nexport const validate = validateStandard;\n",
  'tests/src/imports-everything.ts': "import { createApp } from '@jingzhun/api';\nimport { openStore } from '@jingzhun/engine';\nexport const all = [createApp, openStore];\n",
};

const children = childProcesses();
let messages: Record<string, string[]>;

beforeAll(async () => {
  const files = Object.fromEntries(Object.entries(FILES).map(([file, text]) => [path.join(ROOT, file), text]));
  const linted = await children.run(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(files)], { cwd: ROOT });
  if (linted.code !== 0) throw new Error(`ESLint failed: ${linted.stderr}`);
  const byPath = JSON.parse(linted.stdout) as Record<string, string[]>;
  messages = Object.fromEntries(Object.keys(FILES).map((file) => [file, byPath[path.join(ROOT, file)] ?? []]));
}, PROCESS_TEST_TIMEOUT);

describe('lint keeps the dependency direction standards ← engine ← api ← examples ← tests', () => {
  it('refuses the engine an import of the API, saying which way dependencies point', () => {
    expect(messages['engine/src/imports-api.ts']).toEqual([expect.stringContaining('The engine workspace may not import @jingzhun/api: dependencies point standards ← engine ← api')]);
  });

  it('refuses the engine even the types of the API', () => {
    expect(messages['engine/src/imports-api-types.ts']).toEqual([expect.stringContaining('may not import @jingzhun/api')]);
  });

  it('refuses the engine the tests workspace’s helpers', () => {
    expect(messages['engine/src/imports-test-helpers.ts']).toEqual([expect.stringContaining('may not import @jingzhun/tests')]);
  });

  it('refuses the standards a re-export of the engine', () => {
    expect(messages['standards/src/imports-engine.ts']).toEqual([expect.stringContaining('The standards workspace may not import @jingzhun/engine')]);
  });

  it('refuses the API the examples', () => {
    expect(messages['api/src/imports-examples.ts']).toEqual([expect.stringContaining('The api workspace may not import @jingzhun/examples')]);
  });

  it('lets each workspace import those it depends on, and the tests import any', () => {
    expect([messages['engine/src/imports-standards.ts'], messages['tests/src/imports-everything.ts']]).toEqual([[], []]);
  });
});

describe('lint keeps the editor talking to the API over HTTP', () => {
  it('refuses the editor the engine', () => {
    expect(messages['editor/src/imports-engine.ts']).toEqual([expect.stringContaining('The editor workspace may not import @jingzhun/engine')]);
  });

  it('refuses the editor the API’s code, its contract’s values included', () => {
    expect([messages['editor/src/imports-api.ts'], messages['editor/src/imports-contract-values.ts']]).toEqual([
      [expect.stringContaining('The editor calls the API over HTTP')],
      [expect.stringContaining('The editor calls the API over HTTP')],
    ]);
  });

  it('lets the editor import the types of the API’s contract and the standards’ browser entries', () => {
    expect([messages['editor/src/imports-contract-types.ts'], messages['editor/src/imports-standards-browser.ts']]).toEqual([[], []]);
  });
});
