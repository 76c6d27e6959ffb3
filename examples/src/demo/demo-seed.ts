/**
 * The demo's content, made on the first start of an empty store in demo mode: the contracted
 * organisations, the seven example standards published (with their review history) and deployed to all
 * 16 districts with two districts' tightened variants, and the plan of a year's case history, which
 * demo-history.ts fills in after the server listens. A marker in `app_meta` makes it happen once.
 *
 * @example
 *   await startServer({ beforeListen: (server) => seedDemo(server), afterStart: (server) => fillDemoHistory(server) });
 */
import { createApp, type App, type ApiConfig } from '@jingzhun/api';
import type { Queryable, Store } from '@jingzhun/engine';
import { DISTRICTS } from '@jingzhun/standards';
import type { Logger } from 'pino';
import { loadExampleStandards } from '../standards/load';
import { movableClock } from '../simulator/simulation-clock';
import { monthsBefore } from '../simulator/simulation-period';
import { insertDemoOrganisations } from './demo-organisations';
import { publishExampleStandards } from './publish-standards';

export const DEMO_SEED_KEY = 'demo_seed';

/** The demo's history: a year of cases, a few thousand, the same every time for the same day. */
export const DEMO_HISTORY = { cases: 3000, months: 12, seed: 'jingzhun-demo' } as const;

/** Where the demo accounts work comes first, so their inboxes fill while the rest is still coming. */
export const DEMO_DISTRICT_ORDER: readonly string[] = ['dongcheng', 'haidian', ...DISTRICTS.map((d) => d.code).filter((d) => d !== 'dongcheng' && d !== 'haidian')];

export interface DemoHistoryPlan {
  seed: string;
  cases: number;
  months: number;
  /** End of the simulated period: when the demo was seeded. */
  until: string;
  /** In the order they are filled. */
  districts: string[];
  runId: number | null;
  /** Districts whose history has arrived. */
  done: string[];
  finishedAt: string | null;
}

export interface DemoSeedState {
  seededAt: string;
  standards: string[];
  history: DemoHistoryPlan;
}

export interface SeedServer {
  app: App;
  store: Store;
  logger: Logger;
  config: ApiConfig;
}

export type DemoSeedOutcome = { seeded: true; state: DemoSeedState } | { seeded: false; reason: 'demo-off' | 'already-seeded' | 'not-empty' };

export async function readDemoSeed(db: Queryable): Promise<DemoSeedState | undefined> {
  const { rows } = await db.query<{ value: DemoSeedState }>('SELECT value FROM app_meta WHERE key = $1', [DEMO_SEED_KEY]);
  return rows[0]?.value;
}

export async function writeDemoSeed(db: Queryable, state: DemoSeedState): Promise<void> {
  await db.query(
    `INSERT INTO app_meta (key, value, updated_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [DEMO_SEED_KEY, JSON.stringify(state)],
  );
}

/** Whether the store holds anything but an earlier, interrupted demo seed: then the demo stays out. */
async function holdsOwnContent(db: Queryable): Promise<boolean> {
  const examples = loadExampleStandards().map((s) => s.code);
  const { rows } = await db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM cases)::int + (SELECT count(*) FROM standards WHERE NOT (code = ANY($1::text[])))::int AS n`,
    [examples],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * Seeds the demo when the server runs in demo mode on a store that has none of its own content.
 * `now` (default: the wall clock) ends the history's period; publishing happens a few weeks before it begins.
 */
export async function seedDemo(server: SeedServer, options: { now?: Date; history?: Partial<Pick<DemoHistoryPlan, 'cases' | 'months' | 'seed' | 'districts'>> } = {}): Promise<DemoSeedOutcome> {
  const { store, logger, config } = server;
  if (!config.demo) return { seeded: false, reason: 'demo-off' };
  if (await readDemoSeed(store)) return { seeded: false, reason: 'already-seeded' };
  if (await holdsOwnContent(store)) {
    logger.info('the store has content of its own: no demo content added');
    return { seeded: false, reason: 'not-empty' };
  }
  const until = options.now ?? new Date();
  const months = options.history?.months ?? DEMO_HISTORY.months;
  const from = monthsBefore(until, months);
  await insertDemoOrganisations(store);
  // Standards are drafted five weeks before the history begins, so every case starts on a deployed version.
  const clock = movableClock(from.getTime() - 35 * 86_400_000);
  const publisher = createApp({ store, logger, config, clock });
  const { published } = await publishExampleStandards(publisher.services, clock, clock.now().getTime());
  const state: DemoSeedState = {
    seededAt: until.toISOString(),
    standards: published,
    history: {
      seed: options.history?.seed ?? DEMO_HISTORY.seed,
      cases: options.history?.cases ?? DEMO_HISTORY.cases,
      months,
      until: until.toISOString(),
      districts: options.history?.districts ?? [...DEMO_DISTRICT_ORDER],
      runId: null,
      done: [],
      finishedAt: null,
    },
  };
  await writeDemoSeed(store, state);
  logger.info({ standards: published, history: state.history }, 'demo content seeded; the case history follows in the background');
  return { seeded: true, state };
}
