/**
 * bpmn-engine's timers live in setTimeout, which silently never fires a wait longer than ~24.8 days
 * and fires any recovered timer whose expiry passed at once. Here the library only announces timers:
 * the due time comes from the runtime's clock (and a district's parameter), the runtime stores it as a
 * job, and a timer completes only in the command that fires that job.
 */
import * as Elements from 'bpmn-elements';
import type { TimerType } from '../runtime/due-dates';
import type { RunHooks } from './run-hooks';

interface TimerMessage {
  fields: { routingKey: string; redelivered?: boolean };
  content: Record<string, unknown> & { executionId: string; dueAt?: string };
}

interface TimerResult {
  timerType?: TimerType;
  timeDuration?: string;
  timeDate?: string;
  timeCycle?: string;
  expireAt?: Date;
  timeout?: number;
  [key: string]: unknown;
}

interface TimerBase {
  activity: { id: string };
  environment: { timers: DurableTimers };
  _getTimers(message: TimerMessage): TimerResult;
}

const Base = Elements.TimerEventDefinition as unknown as new (activity: unknown, definition: unknown) => TimerBase;

/** How long the library is told to wait for a timer that is not fired in this command; never reached. */
const NOT_NOW_MS = 365 * 86_400_000;

export class DurableTimerEventDefinition extends Base {
  override _getTimers(message: TimerMessage): TimerResult {
    const result = super._getTimers(message);
    const hooks = this.environment.timers.hooks;
    const { content, fields } = message;
    // A recovered timer keeps the due time it was armed with; a new one (or a cycle's next round) is due anew.
    const dueAt =
      fields.routingKey === 'execute.timer' && typeof content.dueAt === 'string'
        ? new Date(content.dueAt)
        : hooks.timerDue(this.activity.id, {
            type: result.timerType,
            value: result.timerType ? (result[result.timerType] as string | undefined) : undefined,
          });
    const fire = hooks.shouldFire(content.executionId, dueAt);
    return { ...result, expireAt: dueAt, dueAt: dueAt.toISOString(), timeout: fire ? 0 : NOT_NOW_MS };
  }
}

interface TimerRef {
  timerExecutionId: string;
}

/**
 * The `timers` option of the engine: arming a timer tells the runtime, nothing is scheduled in this
 * process. `executing` stays empty, so stopping an engine has nothing to clear.
 */
export class DurableTimers {
  readonly executing: never[] = [];
  constructor(readonly hooks: RunHooks) {}

  register(owner: { id: string; executionId: string; dueAt?: string }) {
    return {
      setTimeout: (): TimerRef => {
        this.hooks.arm(owner.executionId, owner.id, owner.dueAt ? new Date(owner.dueAt) : new Date(0));
        return { timerExecutionId: owner.executionId };
      },
      clearTimeout: (ref: unknown) => this.clearTimeout(ref),
    };
  }

  setTimeout(): TimerRef {
    return { timerExecutionId: '' };
  }

  clearTimeout(ref: unknown): undefined {
    const id = (ref as TimerRef | undefined)?.timerExecutionId;
    if (id) this.hooks.disarm(id);
    return undefined;
  }
}
