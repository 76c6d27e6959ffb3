/**
 * The interpreter that runs is the patched source, built as upstream builds it (patches/README.md): the
 * installed `dist/` of bpmn-elements and of its smqp is exactly what `patches/build-from-source.mjs`
 * makes of the installed, patched `src/`, so no hand edit of a compiled file can hide in it, and the
 * patches are in that source.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'patches', 'build-from-source.mjs');
// The packages bpmn-elements loads, not any other copy in the tree.
const bpmnElements = path.resolve(path.dirname(require.resolve('bpmn-elements')), '..');
const smqp = path.resolve(path.dirname(createRequire(require.resolve('bpmn-elements')).resolve('smqp')), '..');

const verify = (...dirs: string[]) => spawnSync(process.execPath, [SCRIPT, 'verify', ...dirs], { encoding: 'utf8' });

describe('the installed interpreter is built from its patched source', () => {
  it('bpmn-elements and smqp each have a dist/ that is the build of their src/', () => {
    const result = verify(bpmnElements, smqp);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the patches are in the source, and so in its build', () => {
    expect(readFileSync(path.join(bpmnElements, 'src', 'activity', 'Activity.js'), 'utf8')).toContain("routingKey === 'flow.discard'");
    expect(readFileSync(path.join(smqp, 'src', 'Exchange.js'), 'utf8')).toContain('listenDirect');
    expect(readFileSync(path.join(smqp, 'dist', 'Exchange.js'), 'utf8')).toContain('listenDirect');
  });

  it('a compiled file edited by hand is named', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'smqp-'));
    try {
      cpSync(smqp, copy, { recursive: true });
      const shared = path.join(copy, 'dist', 'shared.js');
      writeFileSync(shared, readFileSync(shared, 'utf8').replace('function generateId() {', 'function generateId() {\n  // edited by hand'));
      const result = verify(copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('dist/ is not the build of its src/: shared.js');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('building again from the same source changes nothing', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'smqp-'));
    try {
      cpSync(smqp, copy, { recursive: true });
      const before = readFileSync(path.join(copy, 'dist', 'Queue.js'), 'utf8');
      execFileSync(process.execPath, [SCRIPT, 'build', copy]);
      expect(readFileSync(path.join(copy, 'dist', 'Queue.js'), 'utf8')).toBe(before);
      expect(verify(copy).status).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
