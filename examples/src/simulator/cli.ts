/**
 * `npm run simulate -- --cases N --months M --seed S [--districts a,b] [--until YYYY-MM-DD] [--workers W] [--bulk]`
 *
 * Adds simulated case history to the platform's store (DATABASE_URL, else the embedded store in
 * DATA_DIR), where the seven example standards are deployed (a first `npm start` in demo mode does it).
 * Engine mode drives every case through the engine; `--bulk` writes the same kind of event and rollup
 * rows directly, for benchmark volumes. Both are labelled as simulation runs (simulation_runs,
 * simulated_cases). The same seed, period and districts give the same history.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { openStore, type Logger } from '@jingzhun/engine';
import { beijingDate } from '@jingzhun/standards';
import { loadExamplesConfig } from '../config';
import { simulateBulk } from './bulk/bulk-history';
import { scratchOptions } from './scratch-store';
import { planSimulation, simulateHistory } from './simulate';

const USAGE = `usage: npm run simulate -- --cases N [--months 12] [--seed 1] [--districts dongcheng,haidian]
                            [--until YYYY-MM-DD] [--workers W] [--key-prefix P]
       npm run simulate -- --bulk (--cases N | --events N) [same options]`;

/** Thrown when the command line cannot be understood. */
export class UsageError extends Error {
  readonly code = 'USAGE';
}

export interface CliOptions {
  cases: number;
  months: number;
  seed: string;
  districts: string[] | undefined;
  until: Date;
  workers: number;
  keyPrefix: string;
  bulk: boolean;
  /** Bulk mode: about this many events instead of a number of cases. */
  events: number | undefined;
}

function whole(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
  return Number(raw);
}

/** Reads the command line; `today` is the default end of the period (a Beijing date). */
export function parseCli(argv: string[], today: string): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
      districts: { type: 'string' },
      until: { type: 'string' },
      workers: { type: 'string' },
      'key-prefix': { type: 'string' },
      bulk: { type: 'boolean' },
      events: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new UsageError(USAGE);
  if (values.events !== undefined && !values.bulk) throw new UsageError(`--events goes with --bulk\n${USAGE}`);
  if (values.cases === undefined && values.events === undefined) throw new UsageError(`--cases is required\n${USAGE}`);
  const until = values.until ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(`${until}T00:00:00+08:00`))) throw new UsageError(`--until must be a date such as 2026-11-30, got "${until}"`);
  const seed = values.seed ?? '1';
  return {
    cases: whole('cases', values.cases, 0, values.events === undefined ? 1 : 0),
    months: whole('months', values.months, 12, 1),
    seed,
    districts: values.districts ? values.districts.split(',').map((d) => d.trim()).filter(Boolean) : undefined,
    // The period ends at midnight, Beijing time, at the start of `until`.
    until: new Date(`${until}T00:00:00+08:00`),
    workers: whole('workers', values.workers, Math.min(4, availableParallelism()), 1),
    keyPrefix: values['key-prefix'] ?? `S${seed}-`,
    bulk: values.bulk ?? false,
    events: values.events === undefined ? undefined : whole('events', values.events, 0, 1),
  };
}

function quietLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const note = (obj: object, msg?: string) => void warnings.push(`${msg ?? ''} ${JSON.stringify(obj)}`);
  return { warnings, debug() {}, info() {}, warn: note, error: note };
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2), beijingDate(new Date()));
  const config = loadExamplesConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const logger = quietLogger();
  const stopping = new AbortController();
  process.once('SIGINT', () => stopping.abort());
  try {
    const plan = await planSimulation(store, options);
    const unit = options.events ? 'events' : 'cases';
    const bar = new SingleBar({
      format: ` {bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | {events} events | ETA {eta_formatted} | {district}`,
      hideCursor: true,
      etaBuffer: 200,
      // Without a terminal (CI, a log file) the bar is printed every few seconds instead of redrawn.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    });
    const started = performance.now();
    const rate = (n: number) => (n / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
    let events = 0;
    let done = 0;
    process.stdout.write(
      `${options.bulk ? 'bulk' : 'engine'} simulation into ${store.kind === 'postgres' ? 'PostgreSQL' : config.dataDir}: ` +
        `${options.events ? `${options.events} events` : `${plan.total} cases`} from ${plan.from.toISOString()} to ${plan.to.toISOString()}, seed ${options.seed}\n`,
    );
    bar.start(options.events ?? plan.total, 0, { rate: '0.0', events: 0, district: '' });
    const common = { target: store, cases: options.cases, months: options.months, seed: options.seed, until: options.until, districts: options.districts, keyPrefix: options.keyPrefix };
    const result = options.bulk
      ? await simulateBulk({
          ...common,
          events: options.events,
          databaseUrl: config.databaseUrl,
          scratch: scratchOptions(config.databaseUrl),
          workers: options.workers,
          logger,
          signal: stopping.signal,
          onProgress: (p) => {
            done = options.events ? p.events : p.cases;
            events = p.events;
            bar.update(done, { rate: rate(done), events, district: p.phase });
          },
        })
      : await simulateHistory({
          ...common,
          scratch: scratchOptions(config.databaseUrl),
          workers: options.workers,
          logger,
          signal: stopping.signal,
          onCase: (district) => bar.update(++done, { rate: rate(done), events, district }),
          onDistrict: (h) => {
            events += h.events;
            bar.update(done, { rate: rate(done), events, district: `${h.district} ✓` });
          },
        });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `\n${result.cases} cases (+${result.referred} referred), ${result.events} events in ${seconds.toFixed(1)} s: ` +
        `${(result.cases / seconds).toFixed(1)} cases/s, ${(result.events / seconds).toFixed(0)} events/s; ` +
        `${result.openTasks} tasks still open; simulation run ${result.runId}\n`,
    );
    if (logger.warnings.length) process.stdout.write(`${logger.warnings.length} warnings, the first: ${logger.warnings[0]}\n`);
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
