/**
 * The demo's content in a test's app server, as `npm start` seeds it but smaller: the contracted
 * organisations, the seven example standards published and deployed to all 16 districts (东城 and 海淀
 * with their tightened variants), and a few months of simulated case history in every district, ending
 * on a fixed day so that every run plays the same cases. What supervision's pages are tested against.
 *
 * @example
 *   const server = await openAppServer(target);
 *   await seedDemoHistory(server, target);
 *   // …the supervisor's pages, period DEMO_PERIOD, simulated history included
 */
import { createLogger, loadConfig } from '@jingzhun/api';
import { testDatabaseUrl, type StoreTarget } from '@jingzhun/engine/testing';
import { fillDemoHistory, seedDemo } from '@jingzhun/examples';
import type { AppServer } from './app-server';
import { servedEditorDir } from './config';
import { editorDist } from './editor-build';

/** The end of the simulated history: a Monday afternoon in Beijing, the same in every run. */
export const DEMO_UNTIL = new Date('2026-11-30T08:00:00Z');

/** Enough cases over four months for every district to have older people's cases, with breaches among them. */
export const DEMO_TEST_HISTORY = { cases: 200, months: 4 } as const;

/** The days the history covers, as a supervisor chooses them (custom range). */
export const DEMO_PERIOD = { from: '2026-08-01', to: '2026-11-30' } as const;

export async function seedDemoHistory(server: AppServer, target: StoreTarget): Promise<void> {
  const config = {
    ...loadConfig({ DEMO: 'true', EDITOR_DIR: servedEditorDir(editorDist) }),
    // The simulator makes each district beside the store: in memory for PGlite, a scratch schema on the PostgreSQL server.
    databaseUrl: target.kind === 'postgres' ? testDatabaseUrl() : undefined,
  };
  const seedServer = { app: server.app, store: server.store, logger: createLogger('silent'), config };
  const outcome = await seedDemo(seedServer, { now: DEMO_UNTIL, history: DEMO_TEST_HISTORY });
  if (!outcome.seeded) throw new Error(`the demo was not seeded: ${outcome.reason}`);
  await fillDemoHistory({ ...seedServer, signal: new AbortController().signal }, { workers: 1 });
}
