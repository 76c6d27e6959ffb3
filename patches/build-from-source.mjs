#!/usr/bin/env node
/**
 * Builds the case interpreter — bpmn-elements and the smqp nested under it — from their own source,
 * as their maintainers build what they publish: `src/` (ES modules) compiled to CommonJS in `dist/` by
 * Babel's module transform (upstream's `npm run dist`, `babel src -d dist` with `@babel/env` for the
 * Node it runs on, which on Node 20 and later changes nothing but the modules). Then the object spreads
 * of the build are lowered (`lower-object-spread.mjs`).
 *
 * The root `postinstall` runs it twice around patch-package, whose patches of these two packages are
 * diffs of `src/` only:
 *
 *   node patches/build-from-source.mjs check   the published `dist/` is what this build makes of the
 *                                              published `src/`, byte for byte, or the install stops
 *   patch-package --error-on-fail              the patches apply to `src/`, or the install stops
 *   node patches/build-from-source.mjs build   `dist/` rebuilt from the patched `src/`, then lowered
 *
 * and `verify` tells whether an installed `dist/` is exactly that build of the installed `src/`.
 *
 * So what runs is always the patched source, built the way upstream builds it: an upgrade that changes
 * how upstream builds (a Babel helper, a new syntax) fails `check`, one that moves the patched code
 * fails patch-package, and `engine/src/bpmn/built-from-source.test.ts` fails if the installed `dist/`
 * is anything but this build of the installed `src/`. `check` skips a package this script has built
 * (its `dist/` holds the marker file): that `src/` is already patched.
 *
 * The Babel packages are pinned in the root package.json to the versions that reproduce the published
 * builds (7.27.1: the `_interopRequireWildcard` helper of 7.28 and later is written differently).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync, version as babelVersion } from '@babel/core';
import helpersPackage from '@babel/helpers/package.json' with { type: 'json' };
import transformModulesCommonJs from '@babel/plugin-transform-modules-commonjs';
import { lowerFolder, lowerObjectSpread } from './lower-object-spread.mjs';

/** The packages built from source, as paths from the repository's root. */
export const PACKAGES = ['node_modules/bpmn-elements', 'node_modules/bpmn-elements/node_modules/smqp'];
/** Written into a `dist/` this script built. */
const MARKER = '.built-from-source';

function sourceFiles(dir, from = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file, from);
    return entry.name.endsWith('.js') ? [path.relative(from, file)] : [];
  });
}

/** One source file compiled as upstream's `npm run dist` compiles it. */
export function compile(file) {
  return transformFileSync(file, {
    babelrc: false,
    configFile: false,
    plugins: [transformModulesCommonJs],
  }).code;
}

/**
 * The files of `dist/` that differ from this build of `src/` (none when the build reproduces it), with
 * the spreads lowered (`lowered`) or as upstream writes them.
 */
export function differences(packageDir, { lowered = false } = {}) {
  const src = path.join(packageDir, 'src');
  const dist = path.join(packageDir, 'dist');
  const differing = [];
  for (const file of sourceFiles(src)) {
    const built = path.join(dist, file);
    const compiled = compile(path.join(src, file));
    const expected = lowered ? lowerObjectSpread(compiled).code : compiled;
    if (!fs.existsSync(built) || fs.readFileSync(built, 'utf8') !== expected) differing.push(file);
  }
  return differing;
}

/**
 * Rebuilds `dist/` from `src/`, all or nothing: the new build is made beside it (the files of the old
 * `dist/` that are not compiled, such as its package.json, carried over), lowered, and only then
 * takes the old one's place. `lower: false` leaves the spreads as upstream writes them.
 */
export function buildPackage(packageDir, { lower = true } = {}) {
  const src = path.join(packageDir, 'src');
  const dist = path.join(packageDir, 'dist');
  const next = `${dist}.next`;
  fs.rmSync(next, { recursive: true, force: true });
  fs.cpSync(dist, next, { recursive: true, filter: (from) => fs.statSync(from).isDirectory() || !from.endsWith('.js') });
  for (const file of sourceFiles(src)) {
    fs.mkdirSync(path.dirname(path.join(next, file)), { recursive: true });
    fs.writeFileSync(path.join(next, file), compile(path.join(src, file)));
  }
  const lowered = lower ? lowerFolder(next) : 0;
  fs.writeFileSync(path.join(next, MARKER), 'dist/ is built from src/ by patches/build-from-source.mjs\n');
  const old = `${dist}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  fs.renameSync(dist, old);
  fs.renameSync(next, dist);
  fs.rmSync(old, { recursive: true, force: true });
  return lowered;
}

function main([command, ...args]) {
  // `--keep-spreads` builds without lowering the spreads (the patch benchmark measures the lowering apart).
  const lower = !args.includes('--keep-spreads');
  const dirs = args.filter((a) => a !== '--keep-spreads');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const relative of dirs.length ? dirs : PACKAGES) {
    const packageDir = path.resolve(root, relative);
    if (command === 'verify') {
      const differing = differences(packageDir, { lowered: true });
      if (differing.length) {
        console.error(`${relative}: dist/ is not the build of its src/: ${differing.join(', ')}`);
        process.exitCode = 1;
      }
    } else if (command === 'check') {
      if (fs.existsSync(path.join(packageDir, 'dist', MARKER))) continue;
      const differing = differences(packageDir);
      if (differing.length) {
        console.error(
          `${relative}: its published dist/ is not what Babel ${babelVersion} (helpers ${helpersPackage.version}) makes of ` +
            `its src/ (${differing.join(', ')}); the build in patches/build-from-source.mjs no longer reproduces ` +
            'upstream (see patches/README.md).',
        );
        process.exitCode = 1;
      }
    } else if (command === 'build') {
      console.log(`${relative}: dist/ built from src/, ${buildPackage(packageDir, { lower })} object spreads lowered`);
    } else {
      console.error('usage: node patches/build-from-source.mjs check | build [--keep-spreads] | verify [package folder …]');
      process.exitCode = 2;
      return;
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
