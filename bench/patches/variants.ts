/**
 * The interpreter's packages as published and with chosen parts of what `npm ci` does to them, side by
 * side under `bench/out/patches/<variant>/node_modules`: bpmn-elements with smqp nested, unpacked from
 * the npm registry's tarballs of the installed versions, their `src/` patched in order with `patch -p1`
 * (the patch files name `node_modules/…` paths), then each `dist/` built from its `src/` by
 * `patches/build-from-source.mjs`, the object spreads lowered when the variant says (that build of the
 * published `src/` is the published `dist/`, byte for byte). The installed tree is not touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'bench', 'out', 'patches');

/** The patch files whose gain is measured, by a short name, and the one every variant keeps. */
export const PATCHES = {
  /** bpmn-elements' `getExecuting` without a closure per API. */
  elements: 'bpmn-elements+17.3.0+001+get-executing.patch',
  /** smqp's broker. */
  smqp: 'bpmn-elements++smqp+11.0.1.patch',
} as const;
/** Corrects parallel joins: behaviour, not speed, so every variant has it. */
const ALWAYS = 'bpmn-elements+17.3.0+002+correct-parallel-joins.patch';

export type PatchName = keyof typeof PATCHES;

export interface VariantSpec {
  /** Whether the object spreads of both packages are lowered first. */
  lower: boolean;
  patches: PatchName[];
}

export interface Variant extends VariantSpec {
  name: string;
  dir: string;
}

function installedVersion(packageJson: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, packageJson), 'utf8')) as { version: string }).version;
}

function unpack(spec: string, into: string, cache: string): void {
  // `npm pack` names the tarball `<name>-<version>.tgz` (scoped names would need more; these are not).
  const tarball = path.join(cache, `${spec.replace('@', '-')}.tgz`);
  if (!existsSync(tarball)) execFileSync('npm', ['pack', spec, '--pack-destination', cache, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', into]);
}

/** Builds one tree per variant (all of them anew) and returns them. */
export function prepareVariants(sets: Record<string, VariantSpec>): Variant[] {
  const elements = installedVersion('node_modules/bpmn-elements/package.json');
  const smqp = installedVersion('node_modules/bpmn-elements/node_modules/smqp/package.json');
  const cache = path.join(OUT, '.tarballs');
  mkdirSync(cache, { recursive: true });
  return Object.entries(sets).map(([name, { lower, patches }]) => {
    const dir = path.join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    unpack(`bpmn-elements@${elements}`, path.join(dir, 'node_modules', 'bpmn-elements'), cache);
    unpack(`smqp@${smqp}`, path.join(dir, 'node_modules', 'bpmn-elements', 'node_modules', 'smqp'), cache);
    // The numbered patches of bpmn-elements in their order, as patch-package applies them.
    const files = [...patches.map((p) => PATCHES[p]), ALWAYS].sort();
    for (const file of files) {
      execFileSync('patch', ['-p1', '--forward', '--quiet', '-d', dir, '-i', path.join(ROOT, 'patches', file)], { stdio: ['ignore', 'inherit', 'inherit'] });
    }
    const packages = ['node_modules/bpmn-elements', 'node_modules/bpmn-elements/node_modules/smqp'].map((p) => path.join(dir, p));
    const build = [path.join(ROOT, 'patches', 'build-from-source.mjs'), 'build', ...(lower ? [] : ['--keep-spreads']), ...packages];
    execFileSync(process.execPath, build, { stdio: ['ignore', 'ignore', 'inherit'] });
    return { name, lower, patches, dir };
  });
}
