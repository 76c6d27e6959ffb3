import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, createLogger, seedAccounts, type App } from '@jingzhun/api';
import { productionStoreTarget, type TestStore } from '@jingzhun/engine/testing';
import { loadExampleCaseData, loadExampleStandards } from '../standards/load';
import { runWalkthrough } from '../standards/testing/walkthrough-driver';
import { movableClock, type MovableClock } from '../simulator/simulation-clock';
import { HttpPlayer, type Played } from './http-walkthrough';
import { publishExampleStandards } from './publish-standards';

jest.setTimeout(180_000);

const caseData = loadExampleCaseData();
const library = { standards: new Map(loadExampleStandards().map((s) => [s.code, s])), caseData };

/** The tasks a played case completed, referred cases included, as a sorted list (parallel tasks may come in either order). */
const sorted = (tasks: string[]) => [...tasks].sort();

// On the store production runs on (PostgreSQL in CI): what the HTTP layer and the engine do with each
// store is held by their own suites on both; these are the standards' stories, end to end.
describe.each([productionStoreTarget()])('the example standards played through the HTTP API on $kind', (target) => {
  let store: TestStore;
  let app: App;
  let clock: MovableClock;
  let player: HttpPlayer;

  beforeAll(async () => {
    store = await target.open();
    // Monday 5 January 2026, 09:00 in Beijing.
    clock = movableClock(Date.parse('2026-01-05T01:00:00Z'));
    app = createApp({
      store,
      logger: createLogger('silent'),
      clock,
      config: { bodyLimit: 1 << 20, editorDir: mkdtempSync(path.join(tmpdir(), 'jingzhun-no-editor-')), loginRateLimit: 10_000 },
      responseValidation: 'strict',
    });
    await store.transaction((tx) => seedAccounts(app.services.accounts, tx, true));
    await publishExampleStandards(app.services, clock, clock.now().getTime() - 40 * 86_400_000);
    clock.set(Date.parse('2026-01-05T01:00:00Z'));
    player = new HttpPlayer(app, clock, library);
  });

  afterAll(async () => {
    await app?.services.audit.flush();
    await store?.dispose();
  });

  it.each([
    ['BJ-SW-FAMILY', 'main'],
    ['BJ-SW-ELDER', 'main'],
    ['BJ-SW-ELDER', 'long-term-care'],
    ['BJ-SW-ELDER', 'risk-rises'],
    ['BJ-SW-CHILD', 'main'],
    ['BJ-SW-HOMELESS', 'main'],
    ['BJ-SW-HOMELESS', 'placement'],
    ['BJ-SW-HOMELESS', 'left-on-own'],
    ['BJ-SW-HOMELESS', 'terminated'],
    ['BJ-SW-HOMELESS', 'refused'],
    ['BJ-SW-HOMELESS', 'declined'],
    ['BJ-SW-HOMELESS', 'minor'],
    ['BJ-SW-HOMELESS', 'minor-other-province'],
    ['BJ-SW-WOMEN', 'main'],
    ['BJ-SW-WOMEN', 'declined'],
    ['BJ-SW-BEREAVED-DISABLED', 'main'],
    ['BJ-SW-BEREAVED-DISABLED', 'declined'],
    ['BJ-SW-EVAL', 'main'],
  ])('%s (%s) runs from start to end, timers included, each task done from its worker’s inbox', async (code, name) => {
    const walkthrough = player.walkthrough(code, name);
    const played = await player.play(code, name, `HTTP-${code}-${name}`);
    const expected = await runWalkthrough(code, name, library);

    expect(played.detail.status).toBe('completed');
    expect(played.detail.position.completed).toEqual(expect.arrayContaining(walkthrough.ends));
    // The platform takes the turns the walkthrough describes: the same tasks as the in-memory run.
    expect(sorted(played.tasks)).toEqual(sorted([...expected.tasks, ...expected.referrals.flatMap((r) => r.tasks)]));
    expect(played.timers.filter((t) => !walkthrough.fireEarly?.includes(t))).toEqual(expected.timers.filter((t) => !walkthrough.fireEarly?.includes(t)));
    expect(played.messages).toEqual(expected.messages);
    // The contacts a step is made of were recorded on the case before it was completed.
    expect(played.detail.timeline.filter((e) => e.kind === 'record_added')).toHaveLength(expected.records.length);
    expect(played.detail.openTasks).toEqual([]);
  });

  it('lets the timers wait: BJ-SW-FAMILY’s follow-ups fall due one and three months after closing', async () => {
    const played = await player.play('BJ-SW-FAMILY', 'main', 'HTTP-FAMILY-FOLLOWUPS');
    expect(played.timers.sort()).toEqual(['Timer_FollowUp1', 'Timer_FollowUp3']);
    const closedAt = Date.parse(played.detail.timeline.find((e) => e.kind === 'task_completed' && e.elementId === 'Task_Closing')!.at);
    const fired = played.detail.timeline.filter((e) => e.kind === 'timer_fired').map((e) => (Date.parse(e.at) - closedAt) / 86_400_000);
    // The dongcheng variant leaves these intervals at the city's 30 and 90 days.
    expect(fired.map(Math.round).sort((a, b) => a - b)).toEqual([30, 90]);
  });

  it('gives BJ-SW-FAMILY’s plan approval to 东城’s 机构督导: not to the city’s supervisor, and 海淀’s cannot find it', async () => {
    const played = await player.play('BJ-SW-FAMILY', 'main', 'HTTP-FAMILY-APPROVAL', 'Task_PlanApproval');
    const approval = played.detail.openTasks.find((t) => t.elementId === 'Task_PlanApproval')!;
    expect(approval.assignTo).toBe('professional_supervisor');
    const inbox = async (username: string) => (await player.get<{ items: Array<{ id: string }> }>(username, '/tasks?status=open&limit=500')).items.map((t) => t.id);
    expect(await inbox('dongcheng.supervisor')).toContain(approval.id);
    expect(await inbox('supervisor')).not.toContain(approval.id);
    expect(await inbox('haidian.supervisor')).not.toContain(approval.id);
    // An organisation's 机构督导 supervises the organisation's cases, and this one is the station's.
    expect(await inbox('dongcheng.org.supervisor')).not.toContain(approval.id);

    const approve = { data: { planApproved: true, approvalComments: '同意。' } };
    const as = async (username: string, path: string) =>
      request(app).post(`/api${path}`).set('Authorization', `Bearer ${await player.token(username)}`).send(approve);
    expect((await as('supervisor', `/tasks/${approval.id}/complete`)).body).toMatchObject({ code: 'TASK_NOT_FOR_ROLE' });
    expect((await as('haidian.supervisor', `/tasks/${approval.id}/complete`)).body).toMatchObject({ code: 'TASK_NOT_FOUND' });
    expect((await as('haidian.supervisor', `/tasks/${approval.id}/claim`)).status).toBe(404);

    const done = await as('dongcheng.supervisor', `/tasks/${approval.id}/complete`);
    expect(done.status).toBe(200);
    const mentor = (await app.services.accounts.listUsers()).find((u) => u.username === 'dongcheng.supervisor')!;
    expect(done.body).toMatchObject({ status: 'completed', completedBy: mentor.id });
    expect((await player.case(played.detail.id)).position.active).not.toContain('Task_PlanApproval');
  });

  it('refers the elderly person’s family to BJ-SW-FAMILY and waits for that case to end', async () => {
    const played: Played = await player.play('BJ-SW-ELDER', 'main', 'HTTP-ELDER-REFERRAL');

    expect(played.referred).toHaveLength(1);
    const family = played.referred[0]!;
    expect(family.detail.status).toBe('completed');
    expect(family.detail.position.completed).toContain('End_Completed');
    // While the family case ran, the elderly case stood at the referral.
    expect(played.waitingForReferral[0]?.status).toBe('running');
    expect(played.waitingForReferral[0]?.position.active).toContain('Call_FamilyService');
    expect(played.detail.status).toBe('completed');
    expect(played.detail.position.completed).toContain('End_Referred');
    expect(played.detail.referrals).toEqual([expect.objectContaining({ caseId: family.detail.id, direction: 'to', status: 'completed', standard: expect.objectContaining({ code: 'BJ-SW-FAMILY' }) })]);
    // The elderly case ended only after the family case did.
    const familyEnded = Date.parse(family.detail.timeline.at(-1)!.at);
    const elderEnded = Date.parse(played.detail.timeline.at(-1)!.at);
    expect(elderEnded).toBeGreaterThanOrEqual(familyEnded);
  });
});
