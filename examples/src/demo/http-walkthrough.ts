/**
 * Plays an example standard's walkthrough through the HTTP API, the way its people would: the
 * right demo user finds each task in their inbox and completes it with the walkthrough's answer; a
 * message the walkthrough sends (a risk report) is posted to `/api/messages` as soon as its point is
 * passed; the contacts a step is made of are recorded (`/api/cases/{id}/records`) before it is
 * completed; when nobody has anything to do, the clock moves to the next timer and the timer worker's
 * call (`runtime.runDue`) fires it; a referred case is played with the walkthrough its referrer names.
 * For tests; the clock is the app's.
 *
 * @example
 *   const played = await playOverHttp(http, 'BJ-SW-ELDER', 'main');
 *   played.detail.status // 'completed'
 */
import request from 'supertest';
import { DEMO_PASSWORD, type App } from '@jingzhun/api';
import { beijingDate, type CaseRole } from '@jingzhun/standards';
import { datedAnswer } from '../simulator/form-dates';
import type { MovableClock } from '../simulator/simulation-clock';
import { messagesDue, type ExampleWalkthrough, type WalkthroughMessage } from '../standards/load';
import type { WalkthroughLibrary } from '../standards/testing/walkthrough-driver';

const MINUTE = 60_000;

/** Who works a task, by the platform role the standard assigns it to (东城's demo accounts). */
export const DEMO_WORKERS: Record<string, string> = {
  caseworker: 'dongcheng.worker',
  district_operator: 'dongcheng.operator',
  professional_supervisor: 'dongcheng.supervisor',
  supervisor: 'supervisor',
} satisfies Record<CaseRole, string>;

interface TaskView {
  id: string;
  caseId: string;
  elementId: string;
  formId: string | null;
  assignTo: string | null;
  createdAt: string;
}

export interface CaseView {
  id: string;
  caseKey: string;
  standard: { code: string };
  status: string;
  openTasks: TaskView[];
  timers: Array<{ elementId: string; dueAt: string }>;
  referrals: Array<{ caseId: string; standard: { code: string }; status: string; direction: 'to' | 'from' }>;
  position: { active: string[]; completed: string[] };
  timeline: Array<{ kind: string; elementId: string | null; at: string }>;
}

export interface Played {
  detail: CaseView;
  /** Tasks completed, as element ids, in order (referred cases' too). */
  tasks: string[];
  /** The case's own timers fired, as element ids, in order (some may fire while a referred case is played). */
  timers: string[];
  /** Messages sent, by name, in order. */
  messages: string[];
  referred: Played[];
  /** What the case looked like while it waited for each case it referred. */
  waitingForReferral: CaseView[];
}

/** Thrown when a walkthrough cannot be played through the API. */
export class HttpWalkthroughError extends Error {
  readonly code = 'HTTP_WALKTHROUGH_FAILED';
}

export class HttpPlayer {
  private readonly sessions = new Map<string, { token: string; expiresAt: number }>();

  constructor(
    readonly app: App,
    readonly clock: MovableClock,
    readonly library: WalkthroughLibrary,
  ) {}

  /** A bearer token of a demo user, signing in again when the clock has passed its expiry. */
  async token(username: string): Promise<string> {
    const now = this.clock.now().getTime();
    const session = this.sessions.get(username);
    if (session && session.expiresAt > now + MINUTE) return session.token;
    const res = await request(this.app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new HttpWalkthroughError(`${username} cannot sign in: ${res.status} ${JSON.stringify(res.body)}`);
    const body = res.body as { accessToken: string; expiresIn: number };
    this.sessions.set(username, { token: body.accessToken, expiresAt: now + body.expiresIn * 1000 });
    return body.accessToken;
  }

  async get<T>(username: string, path: string): Promise<T> {
    const res = await request(this.app).get(`/api${path}`).set('Authorization', `Bearer ${await this.token(username)}`);
    if (res.status !== 200) throw new HttpWalkthroughError(`GET ${path} as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  async post<T>(username: string, path: string, body: unknown, status = 200): Promise<T> {
    const res = await request(this.app).post(`/api${path}`).set('Authorization', `Bearer ${await this.token(username)}`).send(body as object);
    if (res.status !== status) throw new HttpWalkthroughError(`POST ${path} as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  walkthrough(code: string, name: string): ExampleWalkthrough {
    const walkthrough = this.library.caseData.get(code)?.walkthroughs[name];
    if (!walkthrough) throw new HttpWalkthroughError(`no walkthrough ${name} of ${code}`);
    return walkthrough;
  }

  /**
   * Starts a case of `code` with the walkthrough's sample, as a 东城 user, and plays it to its end, or
   * until a task of the element `until` is open (left for the test to work).
   */
  async play(code: string, name: string, caseKey: string, until?: string): Promise<Played> {
    const walkthrough = this.walkthrough(code, name);
    // The sample's dates are its story's: the case is reported today.
    const sample = this.library.caseData.get(code)?.samples[walkthrough.sample] ?? {};
    const data = datedAnswer(this.library.standards.get(code)?.population.eligibility, sample, this.today());
    const starter = code === 'BJ-SW-HOMELESS' || code === 'BJ-SW-EVAL' ? 'dongcheng.operator' : 'dongcheng.worker';
    const started = await this.post<CaseView>(starter, '/cases', { standard: code, caseKey, data }, 201);
    return this.playCase(started.id, walkthrough, until);
  }

  /** Plays a running case to its end, or until a task of the element `until` is open. */
  async playCase(caseId: string, walkthrough: ExampleWalkthrough, until?: string): Promise<Played> {
    const played: Played = { detail: await this.case(caseId), tasks: [], timers: [], messages: [], referred: [], waitingForReferral: [] };
    const answered = new Map<string, number>();
    const sent = new Set<number>();
    const early = new Set(walkthrough.fireEarly ?? []);
    for (let step = 0; step < 300; step++) {
      const detail = await this.case(caseId);
      played.detail = detail;
      played.timers = detail.timeline.filter((e) => e.kind === 'timer_fired').map((e) => e.elementId ?? '');
      if (detail.status !== 'running' || detail.openTasks.some((t) => t.elementId === until)) return played;

      const [due] = messagesDue(walkthrough, answered, sent);
      if (due) {
        sent.add(due[0]);
        await this.send(detail, due[1]);
        played.messages.push(due[1].name);
        continue;
      }

      const earlyTimer = detail.timers.find((t) => early.has(t.elementId));
      if (earlyTimer) {
        early.delete(earlyTimer.elementId);
        await this.fireTimersAt(Date.parse(earlyTimer.dueAt));
        continue;
      }
      const task = [...detail.openTasks].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.elementId.localeCompare(b.elementId))[0];
      if (task) {
        await this.complete(task, detail.standard.code, walkthrough, answered);
        played.tasks.push(task.elementId);
        continue;
      }
      const child = detail.referrals.find((r) => r.direction === 'to' && r.status === 'running');
      if (child) {
        played.waitingForReferral.push(detail);
        const referred = await this.playCase(child.caseId, this.walkthrough(child.standard.code, walkthrough.referrals?.[child.standard.code] ?? 'main'));
        played.referred.push(referred);
        played.tasks.push(...referred.tasks);
        continue;
      }
      const next = detail.timers.map((t) => Date.parse(t.dueAt)).sort((a, b) => a - b)[0];
      if (next === undefined) throw new HttpWalkthroughError(`case ${detail.caseKey} stopped moving at ${detail.position.active.join(', ')}`);
      await this.fireTimersAt(next);
    }
    throw new HttpWalkthroughError(`case ${played.detail.caseKey} still running after 300 steps`);
  }

  case(caseId: string): Promise<CaseView> {
    return this.get<CaseView>('dongcheng.operator', `/cases/${caseId}`);
  }

  /** The worker the task is for finds it in their inbox and completes it with the walkthrough's answer. */
  private async complete(task: TaskView, code: string, walkthrough: ExampleWalkthrough, answered: Map<string, number>): Promise<void> {
    const worker = DEMO_WORKERS[task.assignTo ?? ''];
    if (!worker || !task.formId) throw new HttpWalkthroughError(`task ${task.elementId} is for ${task.assignTo} with form ${task.formId}`);
    const inbox = await this.get<{ items: TaskView[] }>(worker, '/tasks?status=open&limit=500');
    if (!inbox.items.some((t) => t.id === task.id)) throw new HttpWalkthroughError(`${task.elementId} is not in the inbox of ${worker}`);
    const answers = walkthrough.answers[task.formId];
    if (!answers?.length) throw new HttpWalkthroughError(`the walkthrough has no answer for form ${task.formId}`);
    const n = answered.get(task.formId) ?? 0;
    answered.set(task.formId, n + 1);
    // The contacts the step is made of come first, an hour apart, each recorded as it happens.
    for (const record of walkthrough.records?.[task.formId] ?? []) {
      this.clock.set(this.clock.now().getTime() + 60 * MINUTE);
      await this.post(worker, `/cases/${task.caseId}/records`, { ...record, occurredAt: this.clock.now().toISOString() }, 201);
    }
    this.clock.set(this.clock.now().getTime() + 30 * MINUTE);
    const form = this.library.standards.get(code)?.forms[task.formId];
    await this.post(worker, `/tasks/${task.id}/complete`, { data: datedAnswer(form, answers[Math.min(n, answers.length - 1)] ?? {}, this.today()) });
  }

  private today(): string {
    return beijingDate(this.clock.now());
  }

  /** A message from outside comes to the case: the district's operator passes it on, as a report to the 96156 line would be. */
  private async send(detail: CaseView, message: WalkthroughMessage): Promise<void> {
    this.clock.set(this.clock.now().getTime() + 30 * MINUTE);
    await this.post(DEMO_WORKERS['district_operator']!, '/messages', { caseKey: detail.caseKey, name: message.name, ...(message.payload ? { payload: message.payload } : {}) });
  }

  /** Moves the clock to `at` and fires what is due, as the timer worker would. */
  private async fireTimersAt(at: number): Promise<void> {
    this.clock.set(Math.max(this.clock.now().getTime(), at) + 1000);
    await this.app.services.runtime.runDue(this.clock.now());
  }
}
