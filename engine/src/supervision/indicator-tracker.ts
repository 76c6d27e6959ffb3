/**
 * What one command does to the indicators of its case: which occurrences open (a duration's `from`
 * reached, a recurrence's next interval begun at its span's start, its activity or a service record of
 * its kinds, the case started for a completion), which close and how (met or
 * breached against the limit the case runs with and against the city's), which become void (a
 * duration's `to` no longer reachable) and which answers and completions are counted. Pure: the case
 * writer turns the result into rows in the statement that writes the case. The open occurrence of each
 * indicator travels in the case's position, so no command reads it back.
 *
 * @example
 *   const tracked = trackIndicators({ indicators, model, parameters, definitions, state, … });
 *   write.indicators = tracked; position.indicators = tracked.state;
 */
import { beijingDate, evaluateCondition, type Indicator, type NumberOrParameter, type Parameter, type ServiceRecordKind } from '@jingzhun/standards';
import type { ProcessModel } from '../bpmn/process-model';
import type { Transition } from '../runtime/case-run';
import { addInUnit } from '../runtime/due-dates';
import { canStillReach } from './reachability';

export type Outcome = 'open' | 'met' | 'breached' | 'void' | 'cancelled';

interface OpenOccurrence {
  seq: number;
  openedAt: string;
  deadlineAt: string | null;
  cityDeadlineAt: string | null;
  lastAt?: string;
}

/** What a case keeps about its indicators between commands: each one's open occurrence, and how many it has had. */
export interface IndicatorState {
  open: Record<string, OpenOccurrence>;
  seq: Record<string, number>;
}

/** An occurrence as it is to be stored (inserted, or updated by its key). */
export interface OccurrenceWrite {
  indicator: string;
  seq: number;
  kind: Indicator['kind'];
  openedAt: string;
  closedAt: string | null;
  deadlineAt: string | null;
  cityDeadlineAt: string | null;
  lastAt: string | null;
  outcome: Outcome;
  cityOutcome: 'met' | 'breached' | null;
  value: number | null;
  ok: boolean | null;
}

/** What a closed occurrence adds to its indicator's rollup of the day it opened (Beijing time). */
export interface IndicatorRollupDelta {
  indicator: string;
  day: string;
  met: number;
  breached: number;
  cityMet: number;
  cityBreached: number;
  void: number;
  cancelled: number;
  ok: number;
  valueSum: number;
  valueN: number;
}

export interface IndicatorChanges {
  state: IndicatorState;
  occurrences: OccurrenceWrite[];
  rollups: IndicatorRollupDelta[];
}

export interface TrackInput {
  indicators: readonly Indicator[];
  model: ProcessModel;
  /** The parameters the case runs with (its district's variant), and their definitions (the city's defaults). */
  parameters: Record<string, number>;
  definitions: readonly Parameter[];
  state: IndicatorState | undefined;
  /** The case starts in this command. */
  isNew: boolean;
  startedAt: Date;
  now: Date;
  transitions: readonly Transition[];
  /** The answer of the task this command completes: its element and its form data. */
  answer?: { elementId: string; data: Record<string, unknown> } | undefined;
  /** The service records this command made: their kind and when the contact took place (never after `now`). */
  records?: readonly { kind: ServiceRecordKind; occurredAt: Date }[] | undefined;
  /** The case ended in this command. */
  ended: boolean;
  /** The elements the case waits at after the command. */
  active: readonly string[];
}

/** A limit's value for the case (its variant) and for the city (the standard's default). */
function limitOf(limit: NumberOrParameter, parameters: Record<string, number>, definitions: readonly Parameter[]): { own: number; city: number } | undefined {
  if (typeof limit === 'number') return { own: limit, city: limit };
  const definition = definitions.find((p) => p.id === limit.parameter);
  if (!definition) return undefined;
  return { own: parameters[limit.parameter] ?? definition.default, city: definition.default };
}

/** The value at a JSON pointer (`/a/b`) of form data. */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function trackIndicators(input: TrackInput): IndicatorChanges {
  const { now, model } = input;
  const nowIso = now.toISOString();
  const state: IndicatorState = { open: { ...(input.state?.open ?? {}) }, seq: { ...(input.state?.seq ?? {}) } };
  const occurrences: OccurrenceWrite[] = [];
  const rollups: IndicatorRollupDelta[] = [];
  const deadline = (from: Date, amount: number | undefined, unit: 'working_days' | 'days' | 'hours') =>
    amount === undefined ? null : addInUnit(from, amount, unit).toISOString();

  const open = (indicator: Indicator, at: Date, limits: { own: number; city: number } | undefined, unit: 'working_days' | 'days' | 'hours') => {
    const seq = (state.seq[indicator.id] ?? 0) + 1;
    state.seq[indicator.id] = seq;
    const occurrence: OpenOccurrence = {
      seq,
      openedAt: at.toISOString(),
      deadlineAt: deadline(at, limits?.own, unit),
      cityDeadlineAt: deadline(at, limits?.city, unit),
      ...(indicator.kind === 'recurrence' ? { lastAt: at.toISOString() } : {}),
    };
    state.open[indicator.id] = occurrence;
    occurrences.push({ ...write(indicator, occurrence), outcome: 'open' });
  };

  const write = (indicator: Indicator, o: OpenOccurrence): OccurrenceWrite => ({
    indicator: indicator.id,
    seq: o.seq,
    kind: indicator.kind,
    openedAt: o.openedAt,
    closedAt: null,
    deadlineAt: o.deadlineAt,
    cityDeadlineAt: o.cityDeadlineAt,
    lastAt: o.lastAt ?? null,
    outcome: 'open',
    cityOutcome: null,
    value: null,
    ok: null,
  });

  const rollup = (indicator: string, openedAt: string, delta: Partial<Omit<IndicatorRollupDelta, 'indicator' | 'day'>>) => {
    rollups.push({ indicator, day: beijingDate(new Date(openedAt)), met: 0, breached: 0, cityMet: 0, cityBreached: 0, void: 0, cancelled: 0, ok: 0, valueSum: 0, valueN: 0, ...delta });
  };

  /**
   * Closes the open occurrence of `indicator`: met or breached by its deadlines (`judge`), void, or
   * breached. `lapsed` counts only a deadline that passed (a recurrence's last interval when its span
   * ends: a breach if the next was already overdue, else nothing was due and it is void).
   */
  const close = (indicator: Indicator, outcome: 'judge' | 'void' | 'breached' | 'lapsed', at = nowIso) => {
    const o = state.open[indicator.id];
    if (!o) return;
    delete state.open[indicator.id];
    const late = (deadline: string | null) => deadline !== null && at > deadline;
    const own = outcome === 'judge' ? (late(o.deadlineAt) ? 'breached' : 'met') : outcome === 'lapsed' ? (late(o.deadlineAt) ? 'breached' : 'void') : outcome;
    const city = own === 'void' ? null : outcome === 'breached' || late(o.cityDeadlineAt) ? 'breached' : outcome === 'lapsed' ? null : 'met';
    occurrences.push({ ...write(indicator, o), closedAt: at, outcome: own, cityOutcome: city });
    if (own === 'void') rollup(indicator.id, o.openedAt, { void: 1 });
    else rollup(indicator.id, o.openedAt, { met: own === 'met' ? 1 : 0, breached: own === 'breached' ? 1 : 0, cityMet: city === 'met' ? 1 : 0, cityBreached: city === 'breached' ? 1 : 0 });
  };

  /** An occurrence opened and closed at once: an answer, a completion or a record counted (at `at`). */
  const counted = (indicator: Indicator, value: number | null, ok: boolean | null, at = nowIso) => {
    const seq = (state.seq[indicator.id] ?? 0) + 1;
    state.seq[indicator.id] = seq;
    occurrences.push({
      indicator: indicator.id,
      seq,
      kind: indicator.kind,
      openedAt: at,
      closedAt: at,
      deadlineAt: null,
      cityDeadlineAt: null,
      lastAt: null,
      outcome: 'met',
      cityOutcome: 'met',
      value,
      ok,
    });
    rollup(indicator.id, at, { met: 1, cityMet: 1, ok: ok ? 1 : 0, valueSum: value ?? 0, valueN: value !== null || ok !== null ? 1 : 0 });
  };

  if (input.isNew) {
    for (const indicator of input.indicators) {
      if (indicator.kind !== 'completion') continue;
      const within = indicator.withinDays === undefined ? undefined : limitOf(indicator.withinDays, input.parameters, input.definitions);
      open(indicator, input.startedAt, within, 'days');
    }
  }

  // The points the command passed, in order: an element started (entered) or ended (completed).
  for (const t of input.transitions) {
    const edge = t.kind === 'entered' ? 'start' : t.kind === 'left' && t.outcome === 'completed' ? 'end' : undefined;
    if (!edge) continue;
    for (const indicator of input.indicators) {
      switch (indicator.kind) {
        case 'duration':
          if (indicator.to.element === t.elementId && indicator.to.edge === edge) close(indicator, 'judge');
          if (indicator.from.element === t.elementId && indicator.from.edge === edge) {
            // A `from` passed again before its `to` (a loop back): the earlier pass never ended.
            close(indicator, 'void');
            open(indicator, now, limitOf(indicator.limit, input.parameters, input.definitions), indicator.unit);
          }
          break;
        case 'recurrence': {
          if (edge !== 'end') break;
          const every = limitOf(indicator.everyDays, input.parameters, input.definitions);
          // Each interval is an occurrence: from the span's start or the last activity to the next
          // activity, met when that came within `everyDays`; the next interval opens at once.
          const o = state.open[indicator.id];
          if (o && indicator.span.to === t.elementId) close(indicator, 'lapsed');
          else if (o && indicator.activity === t.elementId) {
            close(indicator, 'judge');
            open(indicator, now, every, 'days');
          }
          if (indicator.span.from === t.elementId && !state.open[indicator.id]) open(indicator, now, every, 'days');
          break;
        }
        case 'completion':
          if (indicator.element === t.elementId && edge === 'end') close(indicator, 'judge');
          break;
        case 'count':
          if (indicator.element === t.elementId && edge === 'end') counted(indicator, null, null);
          break;
        default:
          break;
      }
    }
  }

  // Service records: a contact counts when it took place, so a visit written down the next day keeps the
  // interval it closed, and a month's count has the visits of that month. A contact from before the open
  // interval began (an earlier one written down late) closes nothing: the interval ran from a later one.
  for (const r of [...(input.records ?? [])].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const at = r.occurredAt.toISOString();
    for (const indicator of input.indicators) {
      if ((indicator.kind !== 'recurrence' && indicator.kind !== 'count') || !indicator.records?.kinds.includes(r.kind)) continue;
      if (indicator.kind === 'count') {
        counted(indicator, null, null, at);
        continue;
      }
      const o = state.open[indicator.id];
      if (!o || at < o.openedAt) continue;
      close(indicator, 'judge', at);
      open(indicator, r.occurredAt, limitOf(indicator.everyDays, input.parameters, input.definitions), 'days');
    }
  }

  // Answers to a form: each one counted by the field indicators of that form.
  if (input.answer) {
    const formId = model.userTasks.get(input.answer.elementId)?.formId;
    for (const indicator of input.indicators) {
      if (indicator.kind !== 'field' || indicator.form !== formId) continue;
      const value = valueAt(input.answer.data, indicator.field);
      if (value === undefined || value === null) continue;
      if (indicator.aggregate === 'mean') {
        if (typeof value === 'number' && Number.isFinite(value)) counted(indicator, value, null);
      } else {
        let ok: boolean;
        try {
          ok = evaluateCondition(indicator.condition ?? 'value', { value });
        } catch {
          continue; // validation let the condition through; an answer it cannot judge is not counted
        }
        counted(indicator, null, ok);
      }
    }
  }

  // What can no longer happen: the case ended, or the `to` point is out of its reach.
  for (const indicator of input.indicators) {
    if (!state.open[indicator.id]) continue;
    if (indicator.kind === 'duration' && (input.ended || !canStillReach(model, input.active, indicator.to.element, indicator.from.element))) close(indicator, 'void');
    else if (indicator.kind === 'completion' && input.ended) close(indicator, 'breached');
    else if (indicator.kind === 'recurrence' && input.ended) close(indicator, 'void');
  }

  return { state, occurrences, rollups };
}
