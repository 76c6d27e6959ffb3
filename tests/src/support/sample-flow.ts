/**
 * The sample standard published and deployed over HTTP, and cases of it walked to a given point, for
 * tests that need runnable cases. The sample runs: intake → assessment → (high risk) plan by a
 * supervisor → a timer of `followupDays` → follow-up → closed; or (general risk) a notification → closed.
 */
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { HttpHarness, Person } from './http-harness';

export { SAMPLE_CODE };

export const CLIENT = { name: '张桂兰', age: 78 };

/** Officer drafts and submits, reviewer approves, officer deploys to `districts`. */
export async function publishSample(h: HttpHarness, districts: string[] | 'all' = 'all'): Promise<void> {
  await h.as('officer').post('/api/standards', { standard: sampleStandard() }).expect(201);
  await h.as('officer').post(`/api/standards/${SAMPLE_CODE}/draft/submit`).expect(200);
  await h.as('reviewer').post(`/api/standards/${SAMPLE_CODE}/draft/approve`, { changelog: '首次发布' }).expect(200);
  await h.as('officer').post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`, { districts }).expect(200);
}

export interface StartedCase {
  id: string;
  caseKey: string;
  openTasks: Array<{ id: string; elementId: string }>;
}

let counter = 0;

/** Starts a case as `person` (in their district); the intake task is open. */
export async function startCase(h: HttpHarness, person: Person, body: Record<string, unknown> = {}): Promise<StartedCase> {
  counter += 1;
  const res = await h
    .as(person)
    .post('/api/cases', { standard: SAMPLE_CODE, caseKey: `K-${counter}-${Date.now().toString(36)}`, data: CLIENT, ...body });
  if (res.status !== 201) throw new Error(`start case as ${person}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as StartedCase;
}

/** Completes the case's open task `elementId` as `person` with `data`; returns the case after it. */
export async function complete(h: HttpHarness, person: Person, caseId: string, elementId: string, data: Record<string, unknown>): Promise<StartedCase> {
  const current = (await h.as('admin').get(`/api/cases/${caseId}`).expect(200)).body as StartedCase;
  const task = current.openTasks.find((t) => t.elementId === elementId);
  if (!task) throw new Error(`no open task ${elementId} in case ${caseId}: ${JSON.stringify(current.openTasks)}`);
  const res = await h.as(person).post(`/api/tasks/${task.id}/complete`, { data });
  if (res.status !== 200) throw new Error(`complete ${elementId} as ${person}: ${res.status} ${JSON.stringify(res.body)}`);
  return (await h.as('admin').get(`/api/cases/${caseId}`).expect(200)).body as StartedCase;
}

/** A case of `person`'s district waiting at the supervisor's plan (intake and a high-risk assessment done). */
export async function caseAtPlan(h: HttpHarness, person: Person, worker: Person): Promise<StartedCase> {
  const c = await startCase(h, person);
  await complete(h, worker, c.id, 'Task_intake', { referralSource: '96156' });
  return complete(h, worker, c.id, 'Task_assess', { risk: 'high', needs: ['meals'] });
}
