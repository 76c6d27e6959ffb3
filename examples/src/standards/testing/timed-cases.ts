/**
 * Cases of the shipped standards played through the engine with a hand-moved clock, for tests of what
 * an indicator counts: each task answered at its own moment (timers fired when they fall due on the
 * way), then the case's occurrences of an indicator as supervision lists them.
 *
 * @example
 *   const cases = await timedCases(store, ['BJ-SW-CHILD']);
 *   const id = await cases.start('BJ-SW-CHILD', sample, '2026-03-02T09:00:00+08:00');
 *   await cases.answer(id, 'Task_SafetyAssessment', answer, '2026-03-03T10:00:00+08:00');
 *   await cases.outcomes(id, 'safetyAssessedIn24h'); // ['breached']
 */
import type { Runtime, Store, Queryable } from '@jingzhun/engine';
import { beijingDate, type ServiceRecordKind } from '@jingzhun/standards';
import { datedAnswer } from '../../simulator/form-dates';
import { loadExampleStandards } from '../load';
import { deployExamples, PATH_DISTRICT } from '../paths/example-paths';

const ACTOR = 'worker';

export interface TimedCases {
  runtime: Runtime;
  /** Starts a case at `at` (the report, the referral: the case's start); the data's dates become that day. */
  start(code: string, data: Record<string, unknown>, at: string): Promise<string>;
  /** Completes the case's open task at `element` at `at`, firing the timers due by then first; the answer's dates become that day. */
  answer(caseId: string, element: string, data: Record<string, unknown>, at: string): Promise<void>;
  /** Records a contact (服务记录) of `kind` that took place at `at`, written down at `recordedAt` (the same by default). */
  record(caseId: string, kind: ServiceRecordKind, at: string, recordedAt?: string): Promise<void>;
  /** The elements the case's open tasks wait at. */
  openTasks(caseId: string): Promise<string[]>;
  /** The outcomes of the case's occurrences of an indicator, oldest first (`pending` while open in time). */
  outcomes(caseId: string, indicator: string): Promise<string[]>;
}

/** Publishes the standards of `codes` (the cases' own, and any they refer to) into `store`. */
export async function timedCases(store: Store & Queryable, codes: readonly string[]): Promise<TimedCases> {
  const standards = loadExampleStandards().filter((s) => codes.includes(s.code));
  const { runtime, clock } = await deployExamples(store, standards);
  let cases = 0;
  const moveTo = async (at: string) => {
    clock.set(at);
    await runtime.runDue(new Date(at));
  };
  const openTasks = async (caseId: string) => (await runtime.listTasks({ caseId, status: 'open' })).map((t) => t.elementId).sort();
  return {
    runtime,
    async start(code, data, at) {
      clock.set(at);
      cases += 1;
      const eligibility = standards.find((s) => s.code === code)?.population.eligibility;
      const created = await runtime.startCase({ code, district: PATH_DISTRICT, caseKey: `T-${cases}`, data: datedAnswer(eligibility, data, beijingDate(new Date(at))), actor: ACTOR });
      return created.id;
    },
    async answer(caseId, element, data, at) {
      await moveTo(at);
      const task = (await runtime.listTasks({ caseId, status: 'open' })).find((t) => t.elementId === element);
      if (!task) throw new Error(`no open task at ${element}; open: ${(await openTasks(caseId)).join(', ')}`);
      // The answer's dates are the day it is given, as a caseworker's would be.
      const form = task.formId ? standards.find((s) => s.code === task.standard.code)?.forms[task.formId] : undefined;
      await runtime.completeTask({ taskId: task.id, data: datedAnswer(form, data, beijingDate(new Date(at))), actor: ACTOR });
    },
    async record(caseId, kind, at, recordedAt = at) {
      await moveTo(recordedAt);
      await runtime.addRecord({ caseId, kind, occurredAt: at, durationMinutes: 60, notes: '', actor: ACTOR });
    },
    openTasks,
    async outcomes(caseId, indicator) {
      const detail = await runtime.getCase(caseId);
      const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
      const { items } = await runtime.supervision.cases(
        detail.standard.code,
        indicator,
        { from: day(detail.startedAt), to: day(clock.now().toISOString()), simulated: 'include', limits: 'case' },
        {},
        { limit: 100, offset: 0 },
      );
      return items.filter((o) => o.caseId === caseId).reverse().map((o) => o.outcome);
    },
  };
}
