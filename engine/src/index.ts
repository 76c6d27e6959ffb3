/**
 * @jingzhun/engine — execution and history of cases: the store (PostgreSQL or embedded PGlite) and,
 * built on it, the durable runtime over bpmn-elements (versions, deployments and district variants,
 * cases, tasks, timers as jobs, messages, referrals between standards, incidents, the event log).
 *
 * @example
 *   import { createRuntime, createWorker, openStore } from '@jingzhun/engine';
 *   const store = await openStore({ databaseUrl: config.databaseUrl });
 *   const runtime = createRuntime({ store, clock: { now: () => new Date() }, logger });
 *   await runtime.deploy({ code: 'BJ-SW-ELDER', version: 1, districts: 'all', actor: 'admin' });
 *   const worker = createWorker({ runtime, clock: runtime.resources.clock, logger, pollMs: 1000 });
 *   worker.start();
 */
export * from './store';
export * from './errors';
export * from './runtime';
export { compileProcess, processNames, type ProcessModel, type UserTaskSpec, type ElementSpec, type ValidateStandard } from './bpmn/process-model';
export * from './supervision/notice-system';
export type { CaseOutcome, EarlyWarning, ElementHeat, IndicatorReport, OccurrenceCase, PeriodFilter, StandardOverview, SupervisionSystem } from './supervision/supervision-system';
export type { Figure, GroupBy, SimulatedFilter } from './supervision/indicator-figures';
