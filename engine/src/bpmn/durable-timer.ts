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
  content: Record<string, unknown> & { executionId: string; dueAt?: string; inbound?: Array<{ repeat?: unknown }> };
}

interface TimerResult {
  timerType?: TimerType;
  timeDuration?: string;
  timeDate?: string;
  timeCycle?: string;
  expireAt?: Date;
  dueAt?: string;
  timeout: number;
  repeat?: number;
}

interface TimerBase {
  activity: { id: string };
  environment: { timers: DurableTimers; resolveExpression(expression: unknown, message: unknown): unknown };
  timeDuration?: string;
  timeDate?: string;
  timeCycle?: string;
}

const Base = Elements.TimerEventDefinition as unknown as new (activity: unknown, definition: unknown) => TimerBase;

const TIMER_TYPES: readonly TimerType[] = ['timeDuration', 'timeDate', 'timeCycle'];

/** How long the library is told to wait for a timer that is not fired in this command; never reached. */
const NOT_NOW_MS = 365 * 86_400_000;

/** Rounds of an ISO 8601 repeating interval as the library counts them: `R3/…` 3, `R/…` -1 (no end). */
export function cycleRounds(cycle: string): number {
  const count = /^R(\d*)\//.exec(cycle.trim())?.[1];
  return count ? Number(count) : -1;
}

export class DurableTimerEventDefinition extends Base {
  /**
   * Replaces the library's reading of the timer, which parses it with its own ISO 8601 library (a
   * cycle of period zero never returned from it) and takes the due time from the wall clock.
   */
  _getTimers(message: TimerMessage): TimerResult {
    const hooks = this.environment.timers.hooks;
    const { content, fields } = message;
    const timerType = TIMER_TYPES.find((type) => type in content) ?? TIMER_TYPES.find((type) => this[type] !== undefined);
    const raw = timerType ? (timerType in content ? content[timerType] : this.environment.resolveExpression(this[timerType], message)) : undefined;
    const value = typeof raw === 'string' ? raw : undefined;
    // A recovered timer keeps the due time it was armed with; a new one (or a cycle's next round) is due anew.
    const dueAt =
      fields.routingKey === 'execute.timer' && typeof content.dueAt === 'string'
        ? new Date(content.dueAt)
        : hooks.timerDue(this.activity.id, { type: timerType, value });
    // A non-interrupting boundary cycle restarts its event for the next round with the rounds left.
    const inboundRepeat = content.inbound?.[0]?.repeat;
    const repeat = typeof inboundRepeat === 'number' ? inboundRepeat : timerType === 'timeCycle' && value ? cycleRounds(value) : undefined;
    const fire = hooks.shouldFire(content.executionId, dueAt);
    return {
      ...(timerType ? { timerType, [timerType]: value } : {}),
      ...(repeat !== undefined ? { repeat } : {}),
      expireAt: dueAt,
      dueAt: dueAt.toISOString(),
      timeout: fire ? 0 : NOT_NOW_MS,
    };
  }
}

interface TimerRef {
  timerExecutionId: string;
}

/**
 * The `timers` option of the engine: arming a timer tells the runtime, nothing is scheduled in this
 * process. The library's callback is kept, so that a command firing a job completes the timer the way
 * a real timeout would, once every element of the case has been resumed (a timer completed while the
 * case was still being resumed could not discard the events it raced against: they were resumed
 * after it). `executing` stays empty, so stopping an engine has nothing to clear.
 */
export class DurableTimers {
  readonly executing: never[] = [];
  private readonly waiting = new Map<string, () => void>();
  constructor(readonly hooks: RunHooks) {}

  register(owner: { id: string; executionId: string; dueAt?: string }) {
    return {
      setTimeout: (callback: (...args: unknown[]) => void, _delay: number, ...args: unknown[]): TimerRef => {
        this.hooks.arm(owner.executionId, owner.id, owner.dueAt ? new Date(owner.dueAt) : new Date(0));
        this.waiting.set(owner.executionId, () => callback(...args));
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
    if (id) {
      this.waiting.delete(id);
      this.hooks.disarm(id);
    }
    return undefined;
  }

  /** Completes the armed timer with this execution id as its timeout would; false when none waits. */
  fire(timerExecutionId: string): boolean {
    const complete = this.waiting.get(timerExecutionId);
    if (!complete) return false;
    this.waiting.delete(timerExecutionId);
    complete();
    return true;
  }
}
