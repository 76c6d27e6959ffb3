import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, createLogger, DEMO_PASSWORD, loadConfig, seedAccounts, type App } from '@jingzhun/api';
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { fillDemoHistory, HISTORY_PROGRESS_ID } from './demo-history';
import { DEMO_SEED_KEY, readDemoSeed, seedDemo, type SeedServer } from './demo-seed';
import { DEMO_ORGANISATION_LIST } from './demo-organisations';

jest.setTimeout(300_000);

const EXAMPLES = ['BJ-SW-BEREAVED-DISABLED', 'BJ-SW-CHILD', 'BJ-SW-ELDER', 'BJ-SW-EVAL', 'BJ-SW-FAMILY', 'BJ-SW-HOMELESS', 'BJ-SW-WOMEN'];
const NOW = new Date('2026-06-30T10:00:00Z');
const logger = createLogger('silent');

function serverOn(store: TestStore, demo: boolean): SeedServer {
  const config = { ...loadConfig({ DEMO: String(demo), EDITOR_DIR: mkdtempSync(path.join(tmpdir(), 'jingzhun-no-editor-')) }), loginRateLimit: 10_000 };
  const app = createApp({ store, logger, config, clock: { now: () => NOW } });
  return { app, store, logger, config };
}

async function signIn(app: App, username: string): Promise<string> {
  const res = await request(app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

const get = async (app: App, token: string, url: string) => {
  const res = await request(app).get(`/api${url}`).set('Authorization', `Bearer ${token}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe.each(storeTargets())('the demo seed on $kind', (target) => {
  let store: TestStore;
  // A fill still running when its test ends (failed, timed out) is stopped, and waited for, before its store goes.
  let stopping: AbortController;
  let filling: Promise<void> | undefined;
  const fill = (server: SeedServer) => (filling = fillDemoHistory({ ...server, signal: stopping.signal }, { workers: 1 }));
  beforeEach(() => {
    stopping = new AbortController();
    filling = undefined;
  });
  afterEach(async () => {
    stopping.abort();
    await filling?.catch(() => undefined);
    await store?.dispose();
  });

  it('publishes the seven standards through review, deploys them everywhere with two tightened districts, and does it once', async () => {
    store = await target.open();
    const server = serverOn(store, true);
    await store.transaction((tx) => seedAccounts(server.app.services.accounts, tx, true));
    const outcome = await seedDemo(server, { now: NOW });
    expect(outcome.seeded).toBe(true);

    const token = await signIn(server.app, 'supervisor');
    const list = await get(server.app, token, '/standards');
    expect(list.items.map((s: { code: string }) => s.code).sort()).toEqual(EXAMPLES);
    for (const item of list.items) {
      expect({ code: item.code, status: item.status, latestVersion: item.latestVersion, districts: item.deployedDistricts.length }).toEqual({
        code: item.code,
        status: 'published',
        latestVersion: 1,
        districts: 16,
      });
    }

    const users = new Map((await server.app.services.accounts.listUsers()).map((u) => [u.username, u.id]));
    const family = await get(server.app, token, '/standards/BJ-SW-FAMILY');
    expect(family.versions).toEqual([expect.objectContaining({ version: 1, author: users.get('officer'), approver: users.get('reviewer'), status: 'published' })]);
    // Sent back once with the reviewer's comment, revised and approved: a review history with people in it.
    expect(family.history.map((h: { action: string; actor: string }) => [h.action, h.actor])).toEqual([
      ['created', users.get('officer')],
      ['submitted', users.get('officer')],
      ['rejected', users.get('reviewer')],
      ['submitted', users.get('officer')],
      ['approved', users.get('reviewer')],
    ]);
    expect(family.history.find((h: { action: string }) => h.action === 'rejected').comment).toMatch(/回访/);
    // Everything is dated before the history it serves begins.
    for (const h of family.history) expect(Date.parse(h.at)).toBeLessThan(Date.parse('2025-06-30T00:00:00Z'));

    const elder = await get(server.app, token, '/standards/BJ-SW-ELDER');
    expect(elder.history.map((h: { action: string }) => h.action)).toEqual(['created', 'submitted', 'approved']);

    const dongcheng = await get(server.app, token, '/districts/dongcheng/deployments');
    const familyThere = dongcheng.items.find((d: { code: string }) => d.code === 'BJ-SW-FAMILY');
    expect(familyThere.parameters.find((p: { id: string }) => p.id === 'planDays')).toEqual(expect.objectContaining({ default: 5, value: 3 }));
    const haidian = await get(server.app, token, '/districts/haidian/deployments');
    expect(haidian.items.find((d: { code: string }) => d.code === 'BJ-SW-ELDER').parameters.find((p: { id: string }) => p.id === 'keyVisitDays').value).toBe(21);
    const xicheng = await get(server.app, token, '/districts/xicheng/deployments');
    for (const d of xicheng.items) for (const p of d.parameters) expect({ code: d.code, id: p.id, value: p.value }).toEqual({ code: d.code, id: p.id, value: p.default });

    const orgs = await store.query<{ id: string }>('SELECT id FROM organisations ORDER BY id');
    expect(orgs.rows.map((r) => r.id)).toEqual(DEMO_ORGANISATION_LIST.map((o) => o.id).sort());

    // A second start seeds nothing.
    const reviews = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM standard_reviews');
    expect(await seedDemo(serverOn(store, true), { now: new Date(NOW.getTime() + 86_400_000) })).toEqual({ seeded: false, reason: 'already-seeded' });
    expect((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM standard_reviews')).rows[0]?.n).toBe(reviews.rows[0]?.n);
    expect((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM standard_versions')).rows[0]?.n).toBe(EXAMPLES.length);
  });

  it('adds nothing with DEMO=false: only the administrator, no standards, organisations or history', async () => {
    store = await target.open();
    const server = serverOn(store, false);
    await store.transaction((tx) => seedAccounts(server.app.services.accounts, tx, false));
    expect(await seedDemo(server, { now: NOW })).toEqual({ seeded: false, reason: 'demo-off' });
    await fill(server);
    const counts = await store.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM standards)::int AS standards, (SELECT count(*) FROM organisations)::int AS organisations,
              (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM app_meta WHERE key = '${DEMO_SEED_KEY}')::int AS marker`,
    );
    expect(counts.rows[0]).toEqual({ standards: 0, organisations: 0, cases: 0, users: 1, marker: 0 });
  });

  // The history is filled on the store `npm start` runs on; the simulator's runs on PostgreSQL are its own suite's.
  (target.kind === 'pglite' ? it : it.skip)('fills the history in behind the server: the demo accounts find open tasks, some overdue', async () => {
    store = await target.open();
    const server = serverOn(store, true);
    await store.transaction((tx) => seedAccounts(server.app.services.accounts, tx, true));
    await seedDemo(server, { now: NOW, history: { cases: 80, months: 4, districts: ['dongcheng'] } });
    await fill(server);

    expect((await readDemoSeed(store))?.history).toEqual(expect.objectContaining({ done: ['dongcheng'], finishedAt: expect.any(String) }));
    const token = await signIn(server.app, 'dongcheng.worker');
    const progress = await get(server.app, token, '/system/progress');
    expect(progress.items ?? progress).toEqual(expect.arrayContaining([expect.objectContaining({ id: HISTORY_PROGRESS_ID, state: 'done' })]));

    const inbox = await get(server.app, token, '/tasks?status=open&limit=500');
    expect(inbox.items.length).toBeGreaterThan(0);
    expect(inbox.items.some((t: { overdue: boolean }) => t.overdue)).toBe(true);
    expect(inbox.items.every((t: { district: string }) => t.district === 'dongcheng')).toBe(true);
    // The plans of the station's cases were approved by its 机构督导, whose account is a demo one.
    const mentor = await signIn(server.app, 'dongcheng.supervisor');
    const approvals = (await get(server.app, mentor, '/tasks?status=completed&limit=2000')).items as Array<{ elementId: string; completedBy: string; organisation: string | null }>;
    const mentorId = (await server.app.services.accounts.listUsers()).find((u) => u.username === 'dongcheng.supervisor')!.id;
    expect(approvals.filter((t) => t.elementId === 'Task_PlanApproval' && t.organisation === null).map((t) => t.completedBy)).toEqual(expect.arrayContaining([mentorId]));
    expect(approvals.filter((t) => t.organisation === null).every((t) => t.completedBy === mentorId)).toBe(true);
    const cases = await get(server.app, token, '/cases?limit=200');
    expect(cases.items.length).toBeGreaterThanOrEqual(40);
    // Every case of the history is labelled as made by the simulator.
    const labelled = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases c JOIN simulated_cases s ON s.case_id = c.id');
    expect(labelled.rows[0]?.n).toBe((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]?.n);
  });
});
