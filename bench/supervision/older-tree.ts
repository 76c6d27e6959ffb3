/**
 * An older commit's sources beside this tree, to measure both in the same session: the commit's files
 * exported (git archive, no worktree and nothing committed) into a temporary folder, with this tree's
 * installed packages linked in and the workspaces' own names pointing at the exported workspaces, so
 * the older engine runs with the same dependencies and patches. Removed by `dispose`.
 *
 * @example
 *   const older = olderTree('d2d53f4^', ['bench/supervision/write-path.ts']);
 *   spawn(process.execPath, ['--import', 'tsx', 'bench/supervision/write-path.ts'], { cwd: older.dir });
 *   older.dispose();
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKSPACES = ['standards', 'engine', 'api', 'editor', 'examples', 'tests'];

export interface OlderTree {
  /** The full id of the commit. */
  commit: string;
  dir: string;
  dispose(): void;
}

/** Exports `commit` and copies `files` of this tree into it (scripts the older tree lacks). */
export function olderTree(commit: string, files: string[]): OlderTree {
  const sha = execFileSync('git', ['-C', ROOT, 'rev-parse', '--verify', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(path.join(tmpdir(), 'jingzhun-older-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    execSync(`git -C '${ROOT}' archive --format=tar ${sha} | tar -x -C '${dir}'`, { stdio: ['ignore', 'ignore', 'inherit'] });
    const modules = path.join(dir, 'node_modules');
    mkdirSync(modules);
    for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (entry === '@jingzhun') continue;
      symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
    }
    mkdirSync(path.join(modules, '@jingzhun'));
    for (const workspace of WORKSPACES) {
      if (!existsSync(path.join(dir, workspace))) continue;
      symlinkSync(path.join(dir, workspace), path.join(modules, '@jingzhun', workspace));
      const own = path.join(ROOT, workspace, 'node_modules');
      if (existsSync(own)) symlinkSync(own, path.join(dir, workspace, 'node_modules'));
    }
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      copyFileSync(path.join(ROOT, file), path.join(dir, file));
    }
  } catch (error) {
    dispose();
    throw error;
  }
  return { commit: sha, dir, dispose };
}
