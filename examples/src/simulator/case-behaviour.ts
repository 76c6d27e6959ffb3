/**
 * What the simulator needs to know about one service standard to play its cases like people do: which
 * walkthrough a new case follows and with what client data, what to decide for the case at its start
 * (how many visits, whether the plan is sent back, how it ends), how to vary each form's answers, which
 * tasks are follow-ups that districts let slip, what comes from outside while a task is open (a risk
 * report between visits), and whether the service works round the clock.
 */
import type { IsoDate, LocalizedText } from '@jingzhun/standards';
import type { Place } from '../geography/places';
import type { Random } from '../random/seeded-random';
import type { DistrictProfile } from './district-profiles';
import type { ContactRhythm } from './contacts';

export type Answer = Record<string, unknown>;

/** Decisions made for a case when it starts, read when its forms are answered. */
export type CasePlan = Record<string, string | number | boolean>;

export interface NewCaseContext {
  rng: Random;
  profile: DistrictProfile;
  place: Place;
  /** Where outreach found someone (homeless cases). */
  spot: { street: string; foundAt: string };
  day: IsoDate;
  districtName: LocalizedText;
  /** The contracted organisation running the case, if any. */
  organisation: { id: string; name: string } | null;
  /** Numbers the case key and contract numbers. */
  sequence: number;
}

export interface NewCase {
  walkthrough: string;
  data: Record<string, unknown>;
  plan: CasePlan;
}

export interface AnswerContext {
  rng: Random;
  profile: DistrictProfile;
  plan: CasePlan;
  /** How many times this form was answered before in the case. */
  n: number;
  /** The walkthrough's answers for this form (never empty). */
  answers: readonly Answer[];
  /** Scratch memory of the case across its answers. */
  memory: Record<string, unknown>;
}

export interface CaseBehaviour {
  code: string;
  /** Letters of the standard in case keys. */
  prefix: string;
  newCase(ctx: NewCaseContext): NewCase;
  /** The plan of a case another standard referred, following the walkthrough named by the referrer. */
  referredPlan(rng: Random, profile: DistrictProfile, walkthrough: string): CasePlan;
  /** The answer to a form, from the walkthrough's answer `base`. Dates are set by the simulator. */
  answer(formId: string, base: Answer, ctx: AnswerContext): Answer;
  /** Answers for forms no walkthrough fills (a route the walkthroughs do not take). */
  defaults?: Record<string, Answer>;
  /** User tasks that are follow-ups or visits: the ones districts let slip. */
  followUps: ReadonlySet<string>;
  /** Works round the clock (outreach at night); otherwise tasks are done in office hours. */
  roundTheClock: boolean;
  /** Serves villages only (农村): its clients live in the district's towns and townships, and a district without any has none. */
  rural?: boolean;
  /** Tasks done at any hour even so (an urgent visit within 24 hours of a report). */
  anyHour?: ReadonlySet<string>;
  /**
   * A message that may come from outside while the task is open, at a random moment, once in
   * `meanDays` on average (a risk report while the next visit is pending); none for most tasks.
   */
  messageWhile?(elementId: string, plan: CasePlan, memory: Record<string, unknown>): { name: string; meanDays: number } | undefined;
  /** Steps made of contacts with the client (服务记录 while the task is open), by element id, and their rhythm. */
  contacts?: Readonly<Record<string, ContactRhythm>>;
}

/** The last of a walkthrough's answers, reused when a task comes round again. */
export function lastOf(answers: readonly Answer[]): Answer {
  return answers[answers.length - 1] ?? {};
}

/** A satisfaction score of 1–5: 4 or 5 for a satisfied client. */
export function satisfactionScore(rng: Random, satisfied: boolean): number {
  return satisfied ? rng.int(4, 5) : rng.int(2, 3);
}
