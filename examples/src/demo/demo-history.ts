/**
 * Fills in the demo's year of case history after the server listens, district by district (the demo
 * accounts' districts first), with its progress in the log and at GET /api/system/progress. An
 * interrupted fill goes on with the districts still missing at the next start.
 *
 * @example
 *   await fillDemoHistory(server); // in startServer's afterStart
 */
import { availableParallelism } from 'node:os';
import type { StartedServer } from '@jingzhun/api';
import { scratchOptions } from '../simulator/scratch-store';
import { planSimulation, simulateHistory } from '../simulator/simulate';
import { readDemoSeed, writeDemoSeed } from './demo-seed';

export const HISTORY_PROGRESS_ID = 'demo-history';

/** Districts made at once: one worker thread per core, a few at most (the server keeps the main thread). */
export function historyWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export async function fillDemoHistory(
  server: Pick<StartedServer, 'app' | 'store' | 'logger' | 'config' | 'signal'>,
  options: { workers?: number } = {},
): Promise<void> {
  const { app, store, logger, config, signal } = server;
  const state = await readDemoSeed(store);
  if (!state || state.history.finishedAt) return;
  const plan = state.history;
  const until = new Date(plan.until);
  const simulation = await planSimulation(store, { cases: plan.cases, months: plan.months, until, districts: plan.districts });
  const remaining = plan.districts.filter((d) => !plan.done.includes(d));
  const total = remaining.reduce((sum, d) => sum + (simulation.perDistrict.get(d) ?? 0) + (simulation.organisations.get(d)?.length ?? 0), 0);
  const job = app.services.progress.start(HISTORY_PROGRESS_ID, { zh: '生成演示历史数据（近一年个案）', en: 'Filling the demo history (a year of cases)' }, total);
  const startedAt = Date.now();
  logger.info({ cases: total, districts: remaining.length, from: simulation.from.toISOString(), until: plan.until }, 'demo history: filling in the background');
  try {
    await simulateHistory({
      target: store,
      cases: plan.cases,
      months: plan.months,
      seed: plan.seed,
      until,
      districts: plan.districts,
      skipDistricts: plan.done,
      runId: plan.runId ?? undefined,
      scratch: scratchOptions(config.databaseUrl),
      workers: options.workers ?? historyWorkers(),
      logger,
      signal,
      onCase: () => job.advance(1),
      // The marker commits with the district's rows: a district is either there and marked done, or neither.
      onDistrictWritten: (tx, history) =>
        writeDemoSeed(tx, { ...state, history: { ...plan, runId: history.runId, done: [...plan.done, history.district] } }),
      onDistrict: (history) => {
        plan.runId = history.runId;
        plan.done.push(history.district);
        logger.info(
          { district: history.district, cases: history.cases, referred: history.referred, events: history.events, openTasks: history.openTasks, districtsDone: plan.done.length, elapsedSeconds: Math.round((Date.now() - startedAt) / 1000) },
          'demo history: district filled',
        );
      },
    });
    plan.finishedAt = new Date().toISOString();
    await writeDemoSeed(store, state);
    job.finish();
    logger.info({ seconds: Math.round((Date.now() - startedAt) / 1000) }, 'demo history: done');
  } catch (error) {
    if (signal.aborted) {
      logger.info({ districtsDone: plan.done.length }, 'demo history: stopped; the rest follows at the next start');
      return;
    }
    job.fail(error);
    throw error;
  }
}
