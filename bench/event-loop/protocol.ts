/**
 * What the event-loop benchmark (index.ts) and its server (server.ts) say to each other over IPC.
 *
 * @example
 *   child.send({ type: 'inline', document: 'worst' } satisfies ToServer); // answered by a LoopReport
 */
import type { DocumentName, RunawayName } from './documents';

/** The password of the seeded accounts. */
export const BENCH_PASSWORD = 'bench-password';

/**
 * Messages to the server: reset or read the loop monitor, validate a document inline, fire the timers
 * due in the next `hours` hours one hour after another, read what a case did.
 */
export type ToServer =
  | { type: 'reset' }
  | { type: 'report' }
  | { type: 'inline'; document: DocumentName }
  | { type: 'advance'; hours: number }
  | { type: 'runaway'; caseId: string };

/** How the server published each runaway model: the codes validation refused it with, if any. */
export type RunawayRefusals = Record<RunawayName, string[]>;

export interface AdvanceReport {
  type: 'advanced';
  fired: number;
}

export interface LoopReport {
  type: 'report';
  /** Longest block of the server's event loop since the last reset, in ms. */
  maxMs: number;
  /** Wall time of an inline validation, in ms. */
  tookMs?: number;
  problems?: string[];
}

export interface RunawayReport {
  type: 'runaway';
  events: number;
  /** Notifications the loop's service task sent. */
  notifications: number;
  incidents: Array<{ cause: string; message: string }>;
  /** Timer jobs the case still has. */
  jobs: number;
  status: string;
}
