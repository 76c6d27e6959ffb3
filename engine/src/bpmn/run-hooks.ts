/**
 * What a bpmn-engine run asks of the runtime while it moves tokens: the FEEL context, the due times of
 * timers and whether to fire them now, and the built-in services. One object per command, so nothing
 * of one case leaks into another.
 */
import type { TimerType } from '../runtime/due-dates';

export interface RunHooks {
  /** Variables (and parameters) FEEL conditions see. */
  feelContext(): Record<string, unknown>;
  /** The due time of a timer armed now in `elementId`. */
  timerDue(elementId: string, timer: { type: TimerType | undefined; value: string | undefined }): Date;
  /** Whether a timer armed now fires at once, being already due (the runtime decides, not the library). */
  shouldFire(timerExecutionId: string, dueAt: Date): boolean;
  /** A timer now waits; the runtime keeps it as a job. */
  arm(timerExecutionId: string, elementId: string, dueAt: Date): void;
  /** A timer no longer waits (fired, discarded or cancelled). */
  disarm(timerExecutionId: string): void;
  /** Runs a built-in service for a service task; throws when the name is unknown. */
  callService(name: string, elementId: string): Record<string, unknown> | undefined;
}
