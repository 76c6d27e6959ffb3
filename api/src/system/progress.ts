/**
 * Long work running in the background (filling the demo history, imports) reports its progress here;
 * the app shows it at `GET /api/system/progress`, so nobody stares at a silent screen.
 *
 * @example
 *   const job = progress.start('history', { zh: '生成演示历史数据', en: 'Filling the demo history' }, 3000);
 *   job.advance(10); … job.finish();
 */
import type { LocalizedText } from '@jingzhun/standards';

export interface ProgressEntry {
  id: string;
  label: LocalizedText;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: string;
  updatedAt: string;
  /** Items per second so far. */
  rate: number;
  /** Seconds left at the current rate; null when unknown. */
  etaSeconds: number | null;
  error: string | null;
}

export interface ProgressJob {
  advance(by?: number): void;
  finish(): void;
  fail(error: unknown): void;
}

export function createProgress(clock: { now(): Date } = { now: () => new Date() }) {
  const entries = new Map<string, ProgressEntry>();
  return {
    start(id: string, label: LocalizedText, total: number): ProgressJob {
      const now = clock.now().toISOString();
      const entry: ProgressEntry = { id, label, state: 'running', done: 0, total, startedAt: now, updatedAt: now, rate: 0, etaSeconds: null, error: null };
      entries.set(id, entry);
      const touch = () => {
        const t = clock.now();
        entry.updatedAt = t.toISOString();
        const seconds = (t.getTime() - Date.parse(entry.startedAt)) / 1000;
        entry.rate = seconds > 0 ? Math.round((entry.done / seconds) * 10) / 10 : 0;
        entry.etaSeconds = entry.rate > 0 ? Math.round((entry.total - entry.done) / entry.rate) : null;
      };
      return {
        advance(by = 1) {
          entry.done = Math.min(entry.total, entry.done + by);
          touch();
        },
        finish() {
          entry.done = entry.total;
          entry.state = 'done';
          touch();
          entry.etaSeconds = 0;
        },
        fail(error) {
          entry.state = 'failed';
          entry.error = error instanceof Error ? error.message : String(error);
          touch();
        },
      };
    },
    list(): ProgressEntry[] {
      return [...entries.values()].map((e) => ({ ...e }));
    },
  };
}

export type Progress = ReturnType<typeof createProgress>;
