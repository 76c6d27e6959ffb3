/**
 * The engine's state for /metrics, read from the store when Prometheus scrapes: open and overdue tasks,
 * timers due and not yet fired, open incidents, running cases, and the commands applied so far (counted
 * from the event log, so every process sharing the database reports the same figure).
 *
 * @example
 *   const metrics = createMetrics(engineGauges(store, clock));
 */
import type { Store } from '@jingzhun/engine';
import type { Clock } from '../accounts/accounts';
import type { MetricsSource } from './metrics';

/** Event kinds that each stand for one command applied to a case. */
export const COMMAND_EVENT_KINDS = [
  'case_started',
  'case_cancelled',
  'task_claimed',
  'task_unclaimed',
  'task_completed',
  'timer_fired',
  'message_correlated',
  'incident_resolved',
] as const;

interface GaugeRow {
  tasks_open: number;
  tasks_overdue: number;
  jobs_due: number;
  incidents_open: number;
  cases_running: number;
  commands: number;
}

export function engineGauges(store: Store, clock: Clock): MetricsSource {
  return {
    async gauges() {
      const { rows } = await store.query<GaugeRow>(
        `SELECT (SELECT count(*) FROM tasks WHERE status = 'open') AS tasks_open,
                (SELECT count(*) FROM tasks WHERE status = 'open' AND due_at < $1) AS tasks_overdue,
                (SELECT count(*) FROM jobs WHERE run_at <= $1) AS jobs_due,
                (SELECT count(*) FROM incidents WHERE status = 'open') AS incidents_open,
                (SELECT count(*) FROM cases WHERE status = 'running') AS cases_running,
                (SELECT count(*) FROM case_events WHERE kind = ANY($2::text[])) AS commands`,
        [clock.now(), [...COMMAND_EVENT_KINDS]],
      );
      const row = rows[0];
      if (!row) return {};
      return Object.fromEntries(Object.entries(row).map(([measure, value]) => [measure, Number(value)]));
    },
  };
}
