import { createHash } from 'node:crypto';
import { addWorkingDays, type StandardVersion } from '@jingzhun/standards';
import { sampleStandard, SAMPLE_CODE, until } from '@jingzhun/standards/testing';
import type { Runtime } from '../runtime/create-runtime';
import { manualClock, runtimeEachTest, silentLogger, storeTargets, type TestStore } from '../testing';
import { NoticeSystem, type NoticeFigure, type SendNoticeInput } from './notice-system';

const DAY = 86_400_000;
const SUPERVISOR = 'usr-supervisor';
const OPERATOR = 'usr-dc-operator';
const DONGCHENG = { district: 'dongcheng' };
const HAIDIAN = { district: 'haidian' };
const FIGURE: NoticeFigure = { value: 81.25, target: 95, comparator: '>=', numerator: 13, denominator: 16 };

function sampleVersion(version = 1): StandardVersion {
  const standard = sampleStandard();
  return {
    code: SAMPLE_CODE,
    version,
    standard,
    hash: createHash('sha256').update(JSON.stringify(standard)).digest('hex'),
    status: 'published',
    author: 'author-1',
    approver: 'approver-1',
    publishedAt: '2026-01-05T00:00:00.000Z',
  };
}

describe.each(storeTargets())('supervision notices on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  let notices: NoticeSystem;
  // 10:00 in Beijing on the last working day before the National Day holiday (1–7 October 2026; Saturday 10 October is a 调休 working day).
  const clock = manualClock('2026-09-30T02:00:00.000Z');
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    notices = new NoticeSystem({ store, clock, logger: silentLogger });
    await runtime.registerVersion(sampleVersion());
    await runtime.deploy({ code: SAMPLE_CODE, version: 1, districts: ['dongcheng', 'haidian'], actor: 'admin' });
  });

  const sendInput = (over: Partial<SendNoticeInput> = {}): SendNoticeInput => ({
    district: 'dongcheng',
    code: SAMPLE_CODE,
    indicator: 'assess-on-time',
    period: { from: '2026-07-01', to: '2026-09-30' },
    figure: FIGURE,
    message: '第三季度评估及时率低于目标，请核查原因并整改。',
    dueWorkingDays: 5,
    actor: SUPERVISOR,
    ...over,
  });

  it('counts the due time in working days of the official calendar, across the holiday and its 调休 day', async () => {
    const sent = await notices.send(sendInput());
    // Thursday 8, Friday 9, Saturday 10 (调休), Monday 12, Tuesday 13 October, at the time it was sent.
    expect(sent.dueAt).toBe('2026-10-13T02:00:00.000Z');
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(sent).toMatchObject({
      district: 'dongcheng',
      standard: { code: SAMPLE_CODE, version: 1, title: sampleStandard().title },
      indicator: { id: 'assess-on-time', title: { zh: '按时完成评估的比例', en: 'Assessments on time' } },
      period: { from: '2026-07-01', to: '2026-09-30' },
      figure: FIGURE,
      status: 'open',
      overdue: false,
      workingDaysLeft: 5,
      returns: 0,
      revision: 1,
      createdBy: SUPERVISOR,
    });
    expect(sent.thread).toEqual([expect.objectContaining({ kind: 'sent', actor: SUPERVISOR, message: sendInput().message })]);
  });

  it('goes sent → replied → returned → replied → closed, one thread entry each, in order', async () => {
    const sent = await notices.send(sendInput());
    clock.advance(DAY);
    const replied = await notices.reply({ noticeId: sent.id, findings: '两名社工离职，评估积压。', actions: '已调配人员补齐评估。', actor: OPERATOR }, DONGCHENG);
    expect(replied).toMatchObject({ status: 'replied', revision: 2, repliedAt: clock.now().toISOString() });
    // Waiting for the supervisor: the district owes nothing, so it is not overdue even past the due time.
    await expect(notices.reply({ noticeId: sent.id, findings: '再次', actions: '再次', actor: OPERATOR }, DONGCHENG)).rejects.toMatchObject({
      code: 'NOTICE_ALREADY_REPLIED',
    });
    const returned = await notices.return({ noticeId: sent.id, message: '请说明积压个案的处理时限。', actor: SUPERVISOR });
    expect(returned).toMatchObject({ status: 'open', returns: 1, revision: 3 });
    await expect(notices.close({ noticeId: sent.id, actor: SUPERVISOR })).rejects.toMatchObject({ code: 'NOTICE_NOT_REPLIED' });
    await notices.reply({ noticeId: sent.id, findings: '积压 3 件。', actions: '10 月 16 日前全部完成。', actor: OPERATOR }, DONGCHENG);
    const closed = await notices.close({ noticeId: sent.id, message: '同意办结。', actor: SUPERVISOR });
    expect(closed).toMatchObject({ status: 'closed', closedBy: SUPERVISOR, closedAt: clock.now().toISOString(), workingDaysLeft: null, overdue: false, revision: 5 });
    expect(closed.thread.map((e) => [e.kind, e.actor])).toEqual([
      ['sent', SUPERVISOR],
      ['replied', OPERATOR],
      ['returned', SUPERVISOR],
      ['replied', OPERATOR],
      ['closed', SUPERVISOR],
    ]);
    expect(closed.thread[1]).toMatchObject({ findings: '两名社工离职，评估积压。', actions: '已调配人员补齐评估。', late: false });

    for (const step of [
      () => notices.reply({ noticeId: sent.id, findings: '补充', actions: '补充', actor: OPERATOR }, DONGCHENG),
      () => notices.close({ noticeId: sent.id, actor: SUPERVISOR }),
      () => notices.return({ noticeId: sent.id, message: '再议', actor: SUPERVISOR }),
    ]) {
      await expect(step()).rejects.toMatchObject({ code: 'NOTICE_CLOSED', localized: { zh: expect.stringContaining('已办结') } });
    }
    expect((await notices.get(sent.id, {})).thread).toHaveLength(5);
  });

  it('is overdue once the clock passes the due time while the district owes a reply', async () => {
    const sent = await notices.send(sendInput());
    clock.set('2026-10-13T01:59:59.000Z');
    expect(await notices.get(sent.id, DONGCHENG)).toMatchObject({ overdue: false, workingDaysLeft: 0 });
    clock.set('2026-10-13T02:00:01.000Z');
    expect(await notices.get(sent.id, DONGCHENG)).toMatchObject({ overdue: true, workingDaysLeft: 0 });
    clock.set('2026-10-14T02:00:00.000Z');
    expect(await notices.get(sent.id, DONGCHENG)).toMatchObject({ overdue: true, workingDaysLeft: -1 });
    expect((await notices.list({ overdue: true }, DONGCHENG)).items.map((n) => n.id)).toEqual([sent.id]);
    expect((await notices.list({ overdue: false }, DONGCHENG)).items).toEqual([]);

    const replied = await notices.reply({ noticeId: sent.id, findings: '已核查', actions: '已整改', actor: OPERATOR }, DONGCHENG);
    expect(replied).toMatchObject({ overdue: false });
    expect(replied.thread[1]).toMatchObject({ kind: 'replied', late: true });
  });

  it('shows a district only its own notices: another district’s is not found', async () => {
    const dc = await notices.send(sendInput());
    clock.advance(60_000);
    const hd = await notices.send(sendInput({ district: 'haidian' }));
    expect((await notices.list({}, {})).items.map((n) => n.id)).toEqual([hd.id, dc.id]);
    expect((await notices.list({}, DONGCHENG)).items.map((n) => n.id)).toEqual([dc.id]);
    // A filter cannot widen the scope.
    expect((await notices.list({ district: 'haidian' }, DONGCHENG)).items).toEqual([]);
    expect((await notices.list({ district: 'haidian' }, {})).items.map((n) => n.id)).toEqual([hd.id]);
    await expect(notices.get(dc.id, HAIDIAN)).rejects.toMatchObject({ code: 'NOTICE_NOT_FOUND' });
    await expect(notices.reply({ noticeId: dc.id, findings: '无', actions: '无', actor: 'usr-hd' }, HAIDIAN)).rejects.toMatchObject({ code: 'NOTICE_NOT_FOUND' });
    await expect(notices.get('not-a-uuid', {})).rejects.toMatchObject({ code: 'NOTICE_NOT_FOUND' });
    await expect(notices.get('00000000-0000-4000-8000-000000000000', {})).rejects.toMatchObject({ code: 'NOTICE_NOT_FOUND' });
  });

  it('filters by status and standard and pages newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await notices.send(sendInput())).id);
      clock.advance(60_000);
    }
    await notices.reply({ noticeId: ids[0]!, findings: '已核查', actions: '已整改', actor: OPERATOR }, DONGCHENG);
    expect((await notices.list({ status: 'replied' }, {})).items.map((n) => n.id)).toEqual([ids[0]]);
    expect((await notices.list({ status: 'open' }, {})).items.map((n) => n.id)).toEqual([ids[2], ids[1]]);
    expect((await notices.list({ code: 'BJ-OTHER' }, {})).items).toEqual([]);
    const first = await notices.list({ limit: 2 }, DONGCHENG);
    expect(first.items.map((n) => n.id)).toEqual([ids[2], ids[1]]);
    const second = await notices.list({ limit: 2, cursor: first.nextCursor! }, DONGCHENG);
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
  });

  it('refuses a notice outside a deployment, for an unknown indicator or district, or with a bad period or due time', async () => {
    await expect(notices.send(sendInput({ district: 'xicheng' }))).rejects.toMatchObject({ code: 'NOT_DEPLOYED' });
    await expect(notices.send(sendInput({ district: 'gotham' }))).rejects.toMatchObject({ code: 'DISTRICT_UNKNOWN' });
    await expect(notices.send(sendInput({ code: 'BJ-NOWHERE' }))).rejects.toMatchObject({ code: 'NOT_DEPLOYED' });
    await expect(notices.send(sendInput({ indicator: 'no-such' }))).rejects.toMatchObject({
      code: 'NOTICE_INDICATOR_UNKNOWN',
      details: [expect.objectContaining({ pointer: '/indicator' })],
    });
    const invalid = (await notices
      .send(sendInput({ period: { from: '2026-09-30', to: '2026-07-01' }, dueWorkingDays: 31, message: '  ' }))
      .catch((e: unknown) => e)) as { code: string; details: Array<{ pointer: string }> };
    expect(invalid).toMatchObject({ code: 'NOTICE_INVALID' });
    expect(invalid.details.map((d) => d.pointer)).toEqual(['/period/to', '/dueWorkingDays', '/message']);
    await expect(notices.send(sendInput({ period: { from: '2026-02-30', to: '2026-03-01' } }))).rejects.toMatchObject({
      code: 'NOTICE_INVALID',
      details: [expect.objectContaining({ pointer: '/period/from' })],
    });
    await expect(notices.send(sendInput({ dueWorkingDays: 0 }))).rejects.toMatchObject({ code: 'NOTICE_INVALID' });
    const sent = await notices.send(sendInput());
    await expect(notices.reply({ noticeId: sent.id, findings: '', actions: '已整改', actor: OPERATOR }, DONGCHENG)).rejects.toMatchObject({
      code: 'NOTICE_INVALID',
      details: [expect.objectContaining({ pointer: '/findings' })],
    });
    await notices.reply({ noticeId: sent.id, findings: '已核查', actions: '已整改', actor: OPERATOR }, DONGCHENG);
    await expect(notices.return({ noticeId: sent.id, actor: SUPERVISOR })).rejects.toMatchObject({
      code: 'NOTICE_INVALID',
      details: [expect.objectContaining({ pointer: '/message' })],
    });
    expect((await notices.list({}, {})).items).toHaveLength(1);
  });

  it('names the indicator of an earlier version when the deployed one no longer has it', async () => {
    const v2 = sampleVersion(2);
    v2.standard.indicators = v2.standard.indicators.filter((i) => i.id !== 'satisfaction');
    v2.hash = createHash('sha256').update(JSON.stringify(v2.standard)).digest('hex');
    await runtime.registerVersion(v2);
    await runtime.deploy({ code: SAMPLE_CODE, version: 2, districts: ['dongcheng'], actor: 'admin' });
    expect((await notices.send(sendInput({ indicator: 'satisfaction' }))).standard.version).toBe(1);
    expect((await notices.send(sendInput())).standard.version).toBe(2);
  });

  it('writes nothing for a step taken on a stale read, or when another step came first', async () => {
    const sent = await notices.send(sendInput());
    await expect(notices.reply({ noticeId: sent.id, findings: '已核查', actions: '已整改', actor: OPERATOR, revision: 7 }, DONGCHENG)).rejects.toMatchObject({
      code: 'NOTICE_CONFLICT',
    });
    const reply = (n: number) => notices.reply({ noticeId: sent.id, findings: `第 ${n} 份`, actions: '已整改', actor: OPERATOR, revision: 1 }, DONGCHENG);
    const outcomes = await Promise.allSettled([reply(1), reply(2)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(['NOTICE_CONFLICT', 'NOTICE_ALREADY_REPLIED']).toContain((refused?.reason as { code: string }).code);
    const after = await notices.get(sent.id, DONGCHENG);
    expect(after).toMatchObject({ status: 'replied', revision: 2 });
    expect(after.thread.map((e) => e.kind)).toEqual(['sent', 'replied']);
  });

  (target.kind === 'postgres' ? it : it.skip)('writes nothing when another step commits between its read and its write', async () => {
    const sent = await notices.send(sendInput());
    // given another step holds the notice, saving its next revision
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let xid = '';
    let held: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const other = store.transaction(async (tx) => {
      await tx.query('UPDATE supervision_notices SET revision = revision + 1 WHERE id = $1', [sent.id]);
      xid = (await tx.query<{ xid: string }>('SELECT pg_current_xact_id()::xid::text AS xid')).rows[0]!.xid;
      held();
      await released;
    });
    try {
      await holding;
      // when the reply has read the notice and waits to write it, the other step commits
      const outcome = notices.reply({ noticeId: sent.id, findings: '已核查', actions: '已整改', actor: OPERATOR }, DONGCHENG).then(
        () => undefined,
        (error: unknown) => error,
      );
      await until(async () => {
        const { rows } = await store.query<{ n: number }>(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND locktype = 'transactionid' AND transactionid::text = $1`, [xid]);
        return rows[0]!.n > 0;
      });
      release();
      await other;
      // then the reply wrote nothing
      expect(await outcome).toMatchObject({ code: 'NOTICE_CONFLICT' });
    } finally {
      release();
      await other;
    }
    expect(await notices.get(sent.id, DONGCHENG)).toMatchObject({ status: 'open', revision: 2, thread: [expect.objectContaining({ kind: 'sent' })] });
  });

  it('keeps the store’s own bounds on status and text', async () => {
    const sent = await notices.send(sendInput());
    await expect(store.query(`UPDATE supervision_notices SET status = 'withdrawn' WHERE id = $1`, [sent.id])).rejects.toThrow(/check/i);
    await expect(
      store.query(`INSERT INTO supervision_notice_events (notice_id, kind, actor, at, findings, actions, late) VALUES ($1, 'replied', 'x', now(), $2, 'y', false)`, [
        sent.id,
        'x'.repeat(4001),
      ]),
    ).rejects.toThrow(/check/i);
    await expect(store.query(`INSERT INTO supervision_notice_events (notice_id, kind, actor, at) VALUES ($1, 'returned', 'x', now())`, [sent.id])).rejects.toThrow(/check/i);
  });
});
