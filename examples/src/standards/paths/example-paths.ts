/**
 * The shipped standards played along random paths by the engine's model-based explorer, on a real
 * store: every standard published and deployed to one district, then case after case started with
 * random client data and driven by random valid answers, timers at their due times, messages and
 * cancellations, with the case invariants checked after every step. Seeded: the same seed plays the
 * same paths. Used by the test suite (a few hundred paths) and by `npm run test:paths` (many more).
 *
 * @example
 *   const report = await exploreExamples(store, { seed: 7, pathsPerStandard: 40 });
 *   report.unreachedFlows // gateway outcomes no path took
 */
import fc from 'fast-check';
import { contentHash, flowElementsOf, readBpmn, type ServiceStandard } from '@jingzhun/standards';
import { createRuntime, type Queryable, type Store } from '@jingzhun/engine';
import { manualClock, PathExplorer, silentLogger, type PathRecord } from '@jingzhun/engine/testing';
import { loadExampleStandards } from '../load';

export const PATH_DISTRICT = 'dongcheng';

export interface ExploreOptions {
  seed: number;
  pathsPerStandard: number;
  /** Only these standards (codes); all shipped ones by default. */
  codes?: readonly string[];
  /** Called after each path, e.g. to show progress. */
  onPath?: (record: PathRecord) => void;
}

export interface ExploreReport {
  paths: number;
  /** Paths by how their case ended. */
  endings: Record<string, number>;
  /** Outgoing flows of gateways that no path took, by standard code. */
  unreachedFlows: Map<string, string[]>;
}

/** Publishes and deploys every shipped standard into `store`, as the demo does. */
export async function deployExamples(store: Store, standards: readonly ServiceStandard[] = loadExampleStandards()) {
  const clock = manualClock('2025-03-03T01:00:00.000Z');
  const runtime = createRuntime({ store, clock, logger: silentLogger });
  for (const standard of standards) {
    await runtime.registerVersion({
      code: standard.code,
      version: 1,
      standard,
      hash: contentHash(standard),
      status: 'published',
      author: 'officer',
      approver: 'reviewer',
      publishedAt: '2025-01-01T00:00:00.000Z',
    });
  }
  // Referred standards first is not needed: a referral looks its deployment up when it starts.
  for (const standard of standards) await runtime.deploy({ code: standard.code, version: 1, districts: [PATH_DISTRICT], actor: 'officer' });
  return { runtime, clock };
}

const DECIDING = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway']);

/** The outgoing flows of the gateways that decide (every outcome a path should take once). */
export async function gatewayOutcomes(standard: ServiceStandard): Promise<string[]> {
  const { definitions } = await readBpmn(standard.process);
  if (!definitions) return [];
  const elements = flowElementsOf(definitions);
  const flows: string[] = [];
  for (const [id, element] of elements) {
    const source = (element['sourceRef'] as { $type?: string } | undefined)?.$type;
    if (element.$type === 'bpmn:SequenceFlow' && source && DECIDING.has(source)) flows.push(id);
  }
  return flows.sort();
}

export async function exploreExamples(store: Store & Queryable, options: ExploreOptions): Promise<ExploreReport> {
  const standards = loadExampleStandards();
  const { runtime, clock } = await deployExamples(store, standards);
  const codes = options.codes ?? standards.map((s) => s.code);
  const explorer = new PathExplorer({ runtime, store, clock, district: PATH_DISTRICT });
  const report: ExploreReport = { paths: 0, endings: {}, unreachedFlows: new Map() };
  const taken = new Map<string, Set<string>>();
  for (const [i, code] of codes.entries()) {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const record = await explorer.play(g, code);
        report.paths += 1;
        report.endings[record.status] = (report.endings[record.status] ?? 0) + 1;
        for (const [c, flows] of record.flows) {
          const set = taken.get(c) ?? new Set<string>();
          for (const f of flows) set.add(f);
          taken.set(c, set);
        }
        options.onPath?.(record);
      }),
      // A failing path is reported as it is: shrinking would replay hundreds of commands per try.
      { seed: options.seed + i, numRuns: options.pathsPerStandard, endOnFailure: true },
    );
  }
  for (const standard of standards.filter((s) => codes.includes(s.code))) {
    const missed = (await gatewayOutcomes(standard)).filter((f) => !taken.get(standard.code)?.has(f));
    if (missed.length) report.unreachedFlows.set(standard.code, missed);
  }
  return report;
}
