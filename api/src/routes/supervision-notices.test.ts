import request from 'supertest';
import { manualClock, productionStoreTarget } from '@jingzhun/engine/testing';
import { addWorkingDays, beijingDate } from '@jingzhun/standards';
import { openHarness, PASSWORD, type Harness } from '../test-support/harness';
import { publishSample, SAMPLE_CODE } from '../test-support/sample';

const FIGURE = { value: 81.25, target: 95, comparator: '>=', numerator: 13, denominator: 16 };
const MESSAGE = '第三季度评估及时率低于目标，请核查原因并整改。';
const NOTICE = {
  district: 'dongcheng',
  standard: SAMPLE_CODE,
  indicator: 'assess-on-time',
  period: { from: '2026-07-01', to: '2026-09-30' },
  figure: FIGURE,
  message: MESSAGE,
  dueWorkingDays: 5,
};

describe.each([productionStoreTarget()])('supervision notices over HTTP on $kind', (target) => {
  let h: Harness;
  // 10:00 in Beijing on the last working day before the National Day holiday (1–7 October 2026; Saturday 10 October is a 调休 working day).
  const clock = manualClock('2026-09-30T02:00:00.000Z');
  const tokens: Record<string, string> = {};
  const PEOPLE = {
    supervisor: { role: 'supervisor' },
    admin: { role: 'admin' },
    officer: { role: 'standards_officer' },
    'dc.operator': { role: 'district_operator', district: 'dongcheng' },
    'dc.worker': { role: 'caseworker', district: 'dongcheng' },
    'hd.operator': { role: 'district_operator', district: 'haidian' },
  } as const;
  type Person = keyof typeof PEOPLE;

  beforeEach(async () => {
    clock.reset();
    h = await openHarness(target, { clock });
    for (const [username, person] of Object.entries(PEOPLE)) tokens[username] = await h.signIn({ username, ...person });
    await publishSample(h.app, tokens.officer!, await h.signIn({ username: 'reviewer', role: 'reviewer' }), ['dongcheng', 'haidian']);
  });
  afterEach(() => h.close());

  /** Access tokens last 15 minutes of the clock: after moving it, everyone signs in again. */
  async function signInAgain(): Promise<void> {
    for (const username of Object.keys(PEOPLE)) {
      tokens[username] = (await request(h.app).post('/api/auth/login').send({ username, password: PASSWORD }).expect(200)).body.accessToken;
    }
  }

  const as = (who: Person) => ({
    get: (url: string) => request(h.app).get(url).set('Authorization', `Bearer ${tokens[who]}`),
    post: (url: string, body?: object) => request(h.app).post(url).set('Authorization', `Bearer ${tokens[who]}`).send(body),
  });
  const send = async (body: object = NOTICE) => (await as('supervisor').post('/api/supervision/notices', body).expect(201)).body;

  describe('sent by a supervisor to 东城', () => {
    it('is due five working days later: the National Day holiday skipped, the makeup Saturday counted', async () => {
      const sent = await send();
      // Thursday 8, Friday 9, Saturday 10 (调休), Monday 12, Tuesday 13 October.
      expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
      expect(beijingDate(new Date(sent.dueAt))).toBe('2026-10-13');
      expect(sent).toMatchObject({
        district: 'dongcheng',
        standard: { code: SAMPLE_CODE, version: 1 },
        indicator: { id: 'assess-on-time', title: { zh: '按时完成评估的比例', en: 'Assessments on time' } },
        figure: FIGURE,
        status: 'open',
        dueAt: '2026-10-13T02:00:00.000Z',
        overdue: false,
        workingDaysLeft: 5,
        thread: [expect.objectContaining({ kind: 'sent', message: MESSAGE })],
      });
      expect(sent.people[sent.createdBy].username).toBe('supervisor');
    });

    it("is in 东城's operator's open notices, with its message", async () => {
      const sent = await send();
      const inbox = (await as('dc.operator').get('/api/supervision/notices?status=open').expect(200)).body;
      expect(inbox.items.map((n: { id: string }) => n.id)).toEqual([sent.id]);
      expect((await as('dc.operator').get(`/api/supervision/notices/${sent.id}`).expect(200)).body.message).toBe(MESSAGE);
    });

    it("is not found by another district's operator, never forbidden, so its existence does not leak", async () => {
      const sent = await send();
      expect((await as('hd.operator').get('/api/supervision/notices').expect(200)).body.items).toEqual([]);
      expect((await as('hd.operator').get('/api/supervision/notices?district=dongcheng').expect(200)).body.items).toEqual([]);
      expect((await as('hd.operator').get(`/api/supervision/notices/${sent.id}`).expect(404)).body.code).toBe('NOTICE_NOT_FOUND');
      expect((await as('hd.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '无', actions: '无' }).expect(404)).body.code).toBe('NOTICE_NOT_FOUND');
    });

    it('is forbidden to caseworkers and standards officers', async () => {
      const sent = await send();
      for (const who of ['dc.worker', 'officer'] as const) {
        expect((await as(who).get('/api/supervision/notices').expect(403)).body.code).toBe('FORBIDDEN');
        expect((await as(who).get(`/api/supervision/notices/${sent.id}`).expect(403)).body.code).toBe('FORBIDDEN');
      }
    });

    it('is replied to by the district only, and sent and closed by a supervisor only', async () => {
      const sent = await send();
      expect((await as('supervisor').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '无', actions: '无' }).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await as('dc.operator').post(`/api/supervision/notices/${sent.id}/close`, {}).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await as('dc.operator').post('/api/supervision/notices', NOTICE).expect(403)).body.code).toBe('FORBIDDEN');
    });

    it('goes back and forth until the supervisor closes it, its thread naming who did each step', async () => {
      const sent = await send();
      const replied = (await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '两名社工离职，评估积压。', actions: '已调配人员补齐评估。' }).expect(200)).body;
      expect(replied).toMatchObject({ status: 'replied', revision: 2 });
      const returned = (await as('supervisor').post(`/api/supervision/notices/${sent.id}/return`, { message: '请说明积压个案的处理时限。', revision: 2 }).expect(200)).body;
      expect(returned).toMatchObject({ status: 'open', returns: 1 });
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '积压 3 件。', actions: '10 月 16 日前全部完成。' }).expect(200);
      const closed = (await as('supervisor').post(`/api/supervision/notices/${sent.id}/close`, {}).expect(200)).body;
      expect(closed).toMatchObject({ status: 'closed', workingDaysLeft: null, overdue: false });
      expect(closed.thread.map((e: { kind: string; actor: string }) => [e.kind, closed.people[e.actor].username])).toEqual([
        ['sent', 'supervisor'],
        ['replied', 'dc.operator'],
        ['returned', 'supervisor'],
        ['replied', 'dc.operator'],
        ['closed', 'supervisor'],
      ]);
    });

    it('once closed, refuses another reply, in Chinese and in English', async () => {
      const sent = await send();
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '已核查', actions: '已整改' }).expect(200);
      await as('supervisor').post(`/api/supervision/notices/${sent.id}/close`, {}).expect(200);
      const late = await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '补充', actions: '补充' }).expect(409);
      expect(late.body).toEqual({ code: 'NOTICE_CLOSED', message: '督办通知已办结，不能再回复、办结或退回' });
      const lateEn = await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '补充', actions: '补充' }).set('Accept-Language', 'en').expect(409);
      expect(lateEn.body.message).toMatch(/closed/);
    });

    it('leaves every step, refused ones too, in the audit trail, without what people wrote', async () => {
      const sent = await send();
      await as('hd.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '无', actions: '无' }).expect(404);
      await as('supervisor').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '无', actions: '无' }).expect(403);
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '两名社工离职，评估积压。', actions: '已调配人员补齐评估。' }).expect(200);
      await as('supervisor').post(`/api/supervision/notices/${sent.id}/return`, { message: '请说明积压个案的处理时限。' }).expect(200);
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '积压 3 件。', actions: '10 月 16 日前全部完成。' }).expect(200);
      await as('supervisor').post(`/api/supervision/notices/${sent.id}/close`, {}).expect(200);
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '补充', actions: '补充' }).expect(409);

      await h.app.services.audit.flush();
      const audit = (await as('supervisor').get('/api/audit?resource=/api/supervision/notices&limit=100').expect(200)).body.items as Array<{
        action: string;
        status: number;
        actor: { username: string };
        details: Record<string, unknown> | null;
      }>;
      const steps = audit
        .filter((e) => e.action.startsWith('POST'))
        .reverse()
        .map((e) => [e.actor.username, e.status, e.details?.action, e.details?.notice]);
      expect(steps).toEqual([
        ['supervisor', 201, 'send', sent.id],
        ['hd.operator', 404, 'reply', sent.id],
        ['supervisor', 403, undefined, undefined],
        ['dc.operator', 200, 'reply', sent.id],
        ['supervisor', 200, 'return', sent.id],
        ['dc.operator', 200, 'reply', sent.id],
        ['supervisor', 200, 'close', sent.id],
        ['dc.operator', 409, 'reply', sent.id],
      ]);
      expect(JSON.stringify(audit)).not.toMatch(/积压|评估|核查/);
    });

    it('is overdue once the clock passes the due time while 东城 owes a reply, and a late reply says so', async () => {
      const sent = await send();
      expect((await as('dc.operator').get('/api/supervision/notices?overdue=true').expect(200)).body.items).toEqual([]);
      clock.set('2026-10-13T02:00:01.000Z');
      await signInAgain();
      expect((await as('dc.operator').get(`/api/supervision/notices/${sent.id}`).expect(200)).body).toMatchObject({ overdue: true, workingDaysLeft: 0 });
      expect((await as('supervisor').get('/api/supervision/notices?overdue=true&district=dongcheng').expect(200)).body.items.map((n: { id: string }) => n.id)).toEqual([sent.id]);
      const replied = (await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '已核查', actions: '已整改' }).expect(200)).body;
      expect(replied).toMatchObject({ overdue: false, thread: [expect.anything(), expect.objectContaining({ kind: 'replied', late: true })] });
    });
  });

  describe('a notice that cannot be sent', () => {
    afterEach(async () => {
      // Nothing refused was written.
      expect((await as('supervisor').get('/api/supervision/notices').expect(200)).body.items).toEqual([]);
    });

    it('is refused with a pointer to each field of a bad shape', async () => {
      const bad = await as('supervisor')
        .post('/api/supervision/notices', { ...NOTICE, figure: { value: '81%', target: 95, comparator: '≥', numerator: -1 }, dueWorkingDays: 31, extra: true })
        .expect(400);
      expect(bad.body.code).toBe('BAD_REQUEST');
      expect([...new Set(bad.body.details.map((d: { pointer: string }) => d.pointer))].sort()).toEqual([
        '/dueWorkingDays',
        '/extra',
        '/figure/comparator',
        '/figure/denominator',
        '/figure/numerator',
        '/figure/value',
      ]);
      expect((await as('supervisor').post('/api/supervision/notices', { ...NOTICE, dueWorkingDays: 0 }).expect(400)).body.details).toEqual([
        expect.objectContaining({ pointer: '/dueWorkingDays' }),
      ]);
    });

    it('is refused when its period is not two dates in order, in English when asked', async () => {
      expect((await as('supervisor').post('/api/supervision/notices', { ...NOTICE, period: { from: '2026-07-01', to: 'Q3' } }).expect(400)).body.details).toEqual([
        expect.objectContaining({ pointer: '/period/to' }),
      ]);
      const backwards = await as('supervisor').post('/api/supervision/notices', { ...NOTICE, period: { from: '2026-09-30', to: '2026-07-01' } }).set('Accept-Language', 'en').expect(400);
      expect(backwards.body).toEqual({
        code: 'NOTICE_INVALID',
        message: 'the supervision notice is invalid',
        details: [{ pointer: '/period/to', message: 'is before the start of the period' }],
      });
    });

    it('is refused without a message, in Chinese', async () => {
      const blank = await as('supervisor').post('/api/supervision/notices', { ...NOTICE, message: '   ' }).expect(400);
      expect(blank.body).toMatchObject({ code: 'NOTICE_INVALID', message: '督办通知填写有误', details: [{ pointer: '/message', message: '不能为空' }] });
    });

    it('is refused for an unknown district, a district the standard is not deployed to, or an unknown indicator', async () => {
      expect((await as('supervisor').post('/api/supervision/notices', { ...NOTICE, district: 'gotham' }).expect(400)).body.code).toBe('DISTRICT_UNKNOWN');
      expect((await as('supervisor').post('/api/supervision/notices', { ...NOTICE, district: 'xicheng' }).expect(409)).body.code).toBe('NOT_DEPLOYED');
      const indicator = await as('supervisor').post('/api/supervision/notices', { ...NOTICE, indicator: 'noSuchIndicator' }).expect(400);
      expect(indicator.body).toMatchObject({ code: 'NOTICE_INDICATOR_UNKNOWN', details: [expect.objectContaining({ pointer: '/indicator' })] });
    });
  });

  it('may be sent by an administrator too', async () => {
    expect((await as('admin').post('/api/supervision/notices', { ...NOTICE, district: 'haidian' }).expect(201)).body).toMatchObject({ district: 'haidian', status: 'open' });
  });

  describe('a step the notice is not ready for', () => {
    it('close and return are refused before the district replied', async () => {
      const sent = await send();
      expect((await as('supervisor').post(`/api/supervision/notices/${sent.id}/close`, {}).expect(409)).body.code).toBe('NOTICE_NOT_REPLIED');
      expect((await as('supervisor').post(`/api/supervision/notices/${sent.id}/return`, { message: '请补充' }).expect(409)).body.code).toBe('NOTICE_NOT_REPLIED');
      expect((await as('supervisor').get(`/api/supervision/notices/${sent.id}`).expect(200)).body.thread).toHaveLength(1);
    });

    it('a reply made on a stale read is refused and writes nothing', async () => {
      const sent = await send();
      expect((await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '已核查', actions: '已整改', revision: 9 }).expect(409)).body.code).toBe('NOTICE_CONFLICT');
      expect((await as('supervisor').get(`/api/supervision/notices/${sent.id}`).expect(200)).body).toMatchObject({ status: 'open', thread: [expect.objectContaining({ kind: 'sent' })] });
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '已核查', actions: '已整改', revision: 1 }).expect(200);
    });

    it('a second reply before the supervisor answers is refused, and a return needs a message', async () => {
      const sent = await send();
      await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '已核查', actions: '已整改' }).expect(200);
      expect((await as('dc.operator').post(`/api/supervision/notices/${sent.id}/reply`, { findings: '再次', actions: '再次' }).expect(409)).body.code).toBe('NOTICE_ALREADY_REPLIED');
      expect((await as('supervisor').post(`/api/supervision/notices/${sent.id}/return`, {}).expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/message' })]);
      expect((await as('supervisor').get(`/api/supervision/notices/${sent.id}`).expect(200)).body.thread).toHaveLength(2);
    });

    it('an unknown notice is not found', async () => {
      expect((await as('supervisor').get('/api/supervision/notices/not-a-notice').expect(404)).body.code).toBe('NOTICE_NOT_FOUND');
    });
  });
});
