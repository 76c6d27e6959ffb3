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
