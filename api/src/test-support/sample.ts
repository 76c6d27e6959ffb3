/**
 * The sample standard published and deployed through the API, for tests that need runnable cases.
 * Its cases run intake → assessment → (high risk) plan by a supervisor → a `followupDays` timer →
 * follow-up → closed, or (general risk) a notification → closed.
 */
import request from 'supertest';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import type { App } from '../app';

export { SAMPLE_CODE };

export async function publishSample(app: App, officer: string, reviewer: string, districts: string[] | 'all' = 'all'): Promise<void> {
  const as = (token: string) => (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  await as(officer)(request(app).post('/api/standards')).send({ standard: sampleStandard() }).expect(201);
  await as(officer)(request(app).post(`/api/standards/${SAMPLE_CODE}/draft/submit`)).expect(200);
  await as(reviewer)(request(app).post(`/api/standards/${SAMPLE_CODE}/draft/approve`)).send({}).expect(200);
  await as(officer)(request(app).post(`/api/standards/${SAMPLE_CODE}/versions/1/deploy`)).send({ districts }).expect(200);
}
