/**
 * Patch benchmark: what the lowered object spreads and each performance patch of `patches/` gain, on
 * this process's Node (20 on these machines) and on Node 24 LTS — and what `npm start`'s Node flags gain on each. Every
 * variant runs in its own process over the same workload (measure.ts), in alternating rounds within one
 * run, and is read against the interpreter as published (with only the correcting patch) measured in the
 * same run: these machines vary by a third from day to day, so only same-run ratios mean anything.
 * A patch is worth keeping when it gains ≥ 10 % on a product figure (the durable rates).
 * Usage: [DATABASE_URL=postgres://…] npm run bench -- patches
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { GC_FLAGS } from '../node-flags';
import { benchConfig } from './config';
import type { Figures } from './measure';
import { prepareVariants, type Variant } from './variants';

const FIGURES = [
  ['startUs', 'interpreter: CPU per straight-through start', 'µs', 'lower'],
  ['fireUs', 'interpreter: CPU per timer fire', 'µs', 'lower'],
  ['straightPerSecond', 'durable: straight-through cases', '/s', 'higher'],
  ['taskPairsPerSecond', 'durable: user-task cases (start + complete)', '/s', 'higher'],
] as const;

interface Setting {
  node: string;
  nodeLabel: string;
  variant: Variant;
  flags: boolean;
  label: string;
}

function node24Path(): string {
  return execFileSync('npx', ['--yes', `--package=${benchConfig.node24}`, '--', 'node', '-p', 'process.execPath'], { encoding: 'utf8' }).trim();
}

async function measure(setting: Setting): Promise<Figures> {
  const schema = `bench_patches_${randomBytes(4).toString('hex')}`;
  const args = { databaseUrl: benchConfig.databaseUrl, schema, interpreterRuns: Math.round(3000 * benchConfig.scale), cases: Math.round(1500 * benchConfig.scale) };
  const child = spawn(
    setting.node,
    [...(setting.flags ? GC_FLAGS : []), '--require', path.join(__dirname, 'resolve-variant.cjs'), '--import', 'tsx', path.join(__dirname, 'measure.ts'), JSON.stringify(args)],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...benchConfig.environment, PATCH_VARIANT_DIR: setting.variant.dir } },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (benchConfig.databaseUrl) {
    const client = new Client({ connectionString: benchConfig.databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  if (code !== 0) throw new Error(`${setting.label} exited with ${code}`);
  const figures = JSON.parse(out.trim().split('\n').pop()!) as Figures;
  if (!figures.elements.startsWith(setting.variant.dir)) throw new Error(`${setting.label} ran ${figures.elements}, not its variant`);
  return figures;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const variants = prepareVariants({
    upstream: { lower: false, patches: [] },
    lowered: { lower: true, patches: [] },
    'get-executing': { lower: false, patches: ['elements'] },
    smqp: { lower: false, patches: ['smqp'] },
    // All of it but `get-executing`: what that patch adds to the product, read against 'both'.
    'smqp lowered': { lower: true, patches: ['smqp'] },
    both: { lower: true, patches: ['elements', 'smqp'] },
  });
  const node24 = node24Path();
  const nodes = [
    { node: process.execPath, nodeLabel: `Node ${process.versions.node}` },
    { node: node24, nodeLabel: `Node ${execFileSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()}` },
  ];
  const all: Setting[] = nodes.flatMap(({ node, nodeLabel }) => [
    ...variants.map((variant) => ({ node, nodeLabel, variant, flags: true, label: `${nodeLabel} ${variant.name}` })),
    { node, nodeLabel, variant: variants.find((v) => v.name === 'both')!, flags: false, label: `${nodeLabel} both, no flags` },
  ]);
  // The published interpreter always runs: every figure is read against it.
  const settings = all.filter((s) => !benchConfig.only.length || s.variant.name === 'upstream' && s.flags || benchConfig.only.some((o) => s.label.includes(o)));
  console.log(`patch benchmark: ${settings.length} settings × ${benchConfig.rounds} rounds on ${benchConfig.databaseUrl ? 'PostgreSQL' : 'PGlite in memory'}; flags: ${GC_FLAGS.join(' ')}`);
  const results = new Map<string, Figures[]>(settings.map((s) => [s.label, []]));
  for (let round = 0; round < benchConfig.rounds; round++) {
    // A rotating order, so that no setting always runs first or after the same neighbour.
    const order = settings.map((_, i) => settings[(i + round * 3) % settings.length]!);
    for (const setting of order) {
      const figures = await measure(setting);
      results.get(setting.label)!.push(figures);
      console.log(`round ${round + 1} ${setting.label.padEnd(32)} ${FIGURES.map(([key, , unit]) => `${figures[key].toFixed(1)} ${unit}`).join('  ')}`);
    }
  }
  console.log('\nmedians, and the gain against the interpreter as published on the same Node in this run (> 1 is better):');
  console.log(`| setting | ${FIGURES.map(([, name]) => name).join(' | ')} |`);
  console.log(`|---|${FIGURES.map(() => '---').join('|')}|`);
  for (const setting of settings) {
    const base = results.get(`${setting.nodeLabel} upstream`);
    if (!base) continue;
    const cells = FIGURES.map(([key, , unit, better]) => {
      const value = median(results.get(setting.label)!.map((f) => f[key]));
      const reference = median(base.map((f) => f[key]));
      const gain = better === 'higher' ? value / reference : reference / value;
      return `${value.toFixed(1)} ${unit} (${gain.toFixed(2)}×)`;
    });
    console.log(`| ${setting.label} | ${cells.join(' | ')} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
