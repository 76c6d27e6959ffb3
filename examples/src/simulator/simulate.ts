/**
 * The case-history simulator, engine mode: realistic cases of the deployed example standards driven
 * through the engine's runtime over a period ending at `until`, district by district (each made in a
 * scratch store and copied whole into the platform's store, labelled as a simulation run). Arrivals
 * per district follow its population; each district works at its own pace (district-profiles.ts).
 * Deterministic: the same seed, period, case count and districts give the same history.
 *
 * @example
 *   const result = await simulateHistory({ target: store, cases: 3000, months: 12, seed: '2017',
 *     until: new Date('2026-11-30T16:00:00Z'), scratch: { dataDir: 'memory://' }, logger });
 */
import { createRuntime, type Deployment, type Logger, type Queryable, type Store, type StoreOptions } from '@jingzhun/engine';
import { DISTRICTS, type StandardVersion } from '@jingzhun/standards';
import { userActors } from './actors';
import { CASE_BEHAVIOURS } from './behaviours';
import { apportion, SimulationAbortedError, SimulationError, type DistrictHistory, type Organisation } from './district-history';
import { openDistrictRunners, type DistrictJob, type RunnerSetup } from './district-runner';
import { writeHistory } from './history-copy';
import { monthsBefore } from './simulation-period';

export interface SimulationOptions {
  target: Store;
  /** Service cases over all the chosen districts (each contracted organisation's project comes on top). */
  cases: number;
  months: number;
  seed: string;
  /** End of the simulated period. */
  until: Date;
  /** Districts to simulate, in the order to fill them (default: all 16). */
  districts?: readonly string[] | undefined;
  /** Districts already filled by an earlier, interrupted run (resumed with `runId`). */
  skipDistricts?: readonly string[] | undefined;
  runId?: number | undefined;
  keyPrefix?: string | undefined;
  /** Where to make each district's history before it is copied (see scratch-store.ts). */
  scratch: StoreOptions;
  /** Districts made at once, each in a worker thread of its own (default 1: in this thread). */
  workers?: number | undefined;
  logger: Logger;
  signal?: AbortSignal | undefined;
  /** A case started (for progress bars). */
  onCase?: (district: string) => void;
  onDistrict?: (history: DistrictHistory & { events: number; runId: number }) => void | Promise<void>;
  /** Runs in the transaction that writes a district's history, so a record of it commits with the data. */
  onDistrictWritten?: (tx: Queryable, history: DistrictHistory & { runId: number }) => Promise<void>;
}

export interface SimulationResult {
  runId: number;
  from: Date;
  to: Date;
  cases: number;
  referred: number;
  events: number;
  tasksCompleted: number;
  openTasks: number;
  districts: DistrictHistory[];
}

/** Thrown when the store lacks what the simulation plays: the example standards deployed in the districts. */
export class NotDeployedForSimulationError extends Error {
  readonly code = 'SIMULATION_NOT_DEPLOYED';
  constructor(readonly missing: string[]) {
    super(`not deployed in this store: ${missing.join(', ')} — start the server once in demo mode (npm start) or deploy the example standards first`);
    this.name = 'NotDeployedForSimulationError';
  }
}

export interface SimulationPlan {
  from: Date;
  to: Date;
  districts: string[];
  /** Service cases per district. */
  perDistrict: Map<string, number>;
  organisations: Map<string, Organisation[]>;
  /** Top-level cases over the run: service cases and projects. */
  total: number;
}

/** What a run will do: the period, the cases of each district and the projects of its organisations. */
export async function planSimulation(target: Store, options: Pick<SimulationOptions, 'cases' | 'months' | 'until' | 'districts'>): Promise<SimulationPlan> {
  const districts = [...(options.districts ?? DISTRICTS.map((d) => d.code))];
  const unknown = districts.filter((d) => !DISTRICTS.some((x) => x.code === d));
  if (unknown.length) throw new SimulationError(`unknown districts: ${unknown.join(', ')}`);
  const perDistrict = apportion(
    options.cases,
    districts.map((code) => [code, DISTRICTS.find((d) => d.code === code)!.population] as const),
  );
  const { rows } = await target.query<{ id: string; name: { zh: string }; district: string }>(
    'SELECT id, name, district FROM organisations WHERE district = ANY($1::text[]) ORDER BY id',
    [districts],
  );
  const organisations = new Map<string, Organisation[]>(districts.map((d) => [d, []]));
  for (const row of rows) organisations.get(row.district)?.push({ id: row.id, name: row.name.zh });
  return {
    from: monthsBefore(options.until, options.months),
    to: options.until,
    districts,
    perDistrict,
    organisations,
    total: options.cases + rows.length,
  };
}

/** The example standards' deployments in the districts and their versions; refuses when one is missing. */
export async function deployedExamples(target: Store, districts: readonly string[], logger: Logger): Promise<{ versions: StandardVersion[]; deployments: Deployment[] }> {
  const runtime = createRuntime({ store: target, clock: { now: () => new Date(0) }, logger });
  const deployments = (await runtime.listDeployments()).filter((d) => CASE_BEHAVIOURS.has(d.code) && districts.includes(d.district));
  const missing = [...CASE_BEHAVIOURS.keys()].flatMap((code) =>
    districts.filter((d) => !deployments.some((x) => x.code === code && x.district === d)).map((d) => `${code} in ${d}`),
  );
  if (missing.length) throw new NotDeployedForSimulationError(missing.length > 6 ? [...missing.slice(0, 6), `… ${missing.length - 6} more`] : missing);
  const versions: StandardVersion[] = [];
  for (const key of new Set(deployments.map((d) => `${d.code}@${d.version}`))) {
    const [code, version] = key.split('@') as [string, string];
    versions.push(await runtime.getVersion(code, Number(version)));
  }
  return { versions, deployments };
}

/** What every runner of a run needs: the deployed example standards, the period, the seed and the actors. */
export async function runnerSetup(options: Pick<SimulationOptions, 'target' | 'scratch' | 'seed' | 'keyPrefix' | 'logger'>, plan: SimulationPlan): Promise<RunnerSetup> {
  const { versions, deployments } = await deployedExamples(options.target, plan.districts, options.logger);
  return {
    scratch: options.scratch,
    versions,
    deployments,
    seed: options.seed,
    from: plan.from.getTime(),
    to: plan.to.getTime(),
    keyPrefix: options.keyPrefix ?? '',
    actorIds: [...(await userActors(options.target))],
  };
}

/** Records a new simulation run (the label its rows carry) and returns its id. */
export async function recordSimulationRun(mode: 'engine' | 'bulk', options: Pick<SimulationOptions, 'target' | 'seed' | 'cases' | 'months' | 'keyPrefix'>, plan: SimulationPlan): Promise<number> {
  const { rows } = await options.target.query<{ id: string }>(
    `INSERT INTO simulation_runs (mode, seed, settings, period_from, period_to) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      mode,
      options.seed,
      JSON.stringify({ cases: options.cases, months: options.months, districts: plan.districts, keyPrefix: options.keyPrefix ?? '' }),
      plan.from,
      plan.to,
    ],
  );
  return Number(rows[0]!.id);
}

export async function simulateHistory(options: SimulationOptions): Promise<SimulationResult> {
  const { target, logger } = options;
  const plan = await planSimulation(target, options);
  const setup = await runnerSetup(options, plan);
  const runId = options.runId ?? (await recordSimulationRun('engine', options, plan));
  const jobs: DistrictJob[] = plan.districts
    .filter((d) => !options.skipDistricts?.includes(d))
    .map((district) => ({ district, cases: plan.perDistrict.get(district) ?? 0, organisations: plan.organisations.get(district) ?? [] }));
  const result: SimulationResult = { runId, from: plan.from, to: plan.to, cases: 0, referred: 0, events: 0, tasksCompleted: 0, openTasks: 0, districts: [] };
  // The first failure stops the other runners too.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const runners = await openDistrictRunners(setup, logger, Math.max(1, Math.min(options.workers ?? 1, jobs.length)));
  let writing: Promise<unknown> = Promise.resolve();
  try {
    await Promise.all(
      runners.map(async (runner) => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          if (signal.aborted) throw new SimulationAbortedError();
          const { history, rows } = await runner.run(job, () => options.onCase?.(job!.district), signal).catch((error: unknown) => {
            stop.abort();
            throw error;
          });
          // One district at a time into the platform's store, in the order they are done.
          writing = writing.then(async () => {
            const written = await writeHistory(target, rows, runId, options.onDistrictWritten && ((tx) => options.onDistrictWritten!(tx, { ...history, runId })));
            result.districts.push(history);
            result.cases += history.cases;
            result.referred += history.referred;
            result.tasksCompleted += history.tasksCompleted;
            result.openTasks += history.openTasks;
            result.events += written.events;
            await options.onDistrict?.({ ...history, events: written.events, runId });
          });
          await writing;
        }
      }),
    );
  } finally {
    await Promise.allSettled(runners.map((r) => r.close()));
  }
  result.districts.sort((a, b) => plan.districts.indexOf(a.district) - plan.districts.indexOf(b.district));
  if (!options.signal?.aborted) await target.query('UPDATE simulation_runs SET finished_at = now() WHERE id = $1', [runId]);
  return result;
}
