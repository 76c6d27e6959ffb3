/**
 * Benchmarks of @jingzhun/standards on a generated standard whose process has 1,000+ flow elements:
 * - validateStandard (schema, forms, bpmn-moddle, bpmnlint + std rules, semantic rules): target ≤ 300 ms
 * - diffVersions of two such versions: target ≤ 200 ms
 * Each figure is the median of repeated runs after warm-up, printed with its target and its ratio to a
 * baseline measured in the same run: bare bpmn-moddle parsing of the same XML.
 */
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { diffVersions, readBpmn, flowElementsOf, stdModdleDescriptor, validateStandard } from '@jingzhun/standards';
import { generateStandard } from '@jingzhun/standards/testing';

async function median(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  const a = generateStandard({ elements: 1000 });
  // The next version: a tenth of the SLAs shortened, some conditions and names changed, shapes moved.
  const b = structuredClone(a);
  b.process = b.process
    .replace(/std:sla="(\d+)"/g, (m, d: string, offset: number) => (offset % 10 === 0 ? `std:sla="${Math.max(1, Number(d) - 1)}"` : m))
    .replace(/name="转介 (\d*5)"/g, 'name="转介（加急） $1"')
    .replace(/visit >= (\d*7)</g, 'visit > $1<')
    .replace(/y="200" width="100"/g, 'y="210" width="100"');
  b.parameters[0]!.default = 8;

  const { definitions } = await readBpmn(a.process);
  const elements = flowElementsOf(definitions!).size;
  const problems = await validateStandard(a);
  if (problems.length) throw new Error(`the generated standard should be valid: ${JSON.stringify(problems.slice(0, 3))}`);
  const diff = diffVersions(a, b);

  // The same bpmn-moddle the standards package uses (the root may hoist another major version).
  const requireFromStandards = createRequire(require.resolve('@jingzhun/standards/package.json'));
  const { BpmnModdle } = requireFromStandards('bpmn-moddle') as {
    BpmnModdle: new (packages: object) => { fromXML(xml: string, type: string): Promise<unknown> };
  };
  const moddle = new BpmnModdle({ std: stdModdleDescriptor });
  const baseline = await median(15, () => moddle.fromXML(a.process, 'bpmn:Definitions'));
  const validate = await median(15, () => validateStandard(a));
  const diffing = await median(15, () => diffVersions(a, b));

  const line = (name: string, target: number, ms: number) =>
    `${name.padEnd(44)} target ≤ ${String(target).padStart(3)} ms   measured ${ms.toFixed(1).padStart(6)} ms   ${ms <= target ? 'OK  ' : 'SLOW'}   ${(ms / baseline).toFixed(2)}× baseline`;
  console.log(`standard: ${elements} flow elements, ${(a.process.length / 1024).toFixed(0)} KiB of BPMN; diff finds ${diff.changeCount} changes`);
  console.log(`baseline: bpmn-moddle parse of the same XML          measured ${baseline.toFixed(1).padStart(6)} ms`);
  console.log(line('validateStandard (1,000-element process)', 300, validate));
  console.log(line('diffVersions (two 1,000-element versions)', 200, diffing));
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (validate > 300 || diffing > 200) process.exitCode = 1;
}

void main();
