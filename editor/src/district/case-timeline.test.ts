import type { CaseEvent } from '../api';
import { i18n } from '../i18n';
import { timelineSentences, TOLD_KINDS, type TimelineContext } from './case-timeline';

const WORKER = 'usr-1';
const people = { [WORKER]: { username: 'dongcheng.worker', displayName: { zh: '东城区社工', en: 'Dongcheng caseworker' } } };
const names = {
  Task_Assessment: { zh: '入户评估', en: 'Home assessment' },
  Call_ChildCare: { zh: '困境儿童和留守儿童关爱服务', en: 'Care for children in difficulty' },
  Service_Notify: { zh: '通知承接机构整改', en: 'Notify the organisation of fixes' },
  Timer_FollowUp: { zh: '结案后1个月', en: 'One month after closing' },
  End_Done: { zh: '服务完成', en: 'Service completed' },
  Sub_Stay: { zh: '在站救助', en: 'The stay at the station' },
};
const CHILD = 'c0000000-0000-4000-8000-000000000002';
const referrals = [
  { caseId: CHILD, caseKey: 'HL-2026-0001/BJ-SW-CHILD', standard: { code: 'BJ-SW-CHILD', version: 1, title: { zh: '困境儿童和留守儿童关爱服务', en: 'Care for children in difficulty' } }, status: 'running' as const, direction: 'to' as const, elementId: 'Call_ChildCare' },
];

let id = 0;
const event = (kind: CaseEvent['kind'], rest: Partial<CaseEvent> = {}): CaseEvent => ({
  id: ++id,
  kind,
  elementId: null,
  elementType: null,
  taskId: null,
  actor: null,
  at: '2026-03-06T02:00:00.000Z',
  durationMs: null,
  data: null,
  ...rest,
});

const ctx = (lang: 'zh-CN' | 'en'): TimelineContext => ({ people, names, referrals, lang, t: i18n.getFixedT(lang) });
const say = (events: CaseEvent[], lang: 'zh-CN' | 'en' = 'zh-CN') => timelineSentences(events, ctx(lang)).map((e) => e.text);

describe('a case’s timeline in sentences', () => {
  it('says who did what to which task, by name', () => {
    const task = { elementId: 'Task_Assessment', elementType: 'bpmn:UserTask', taskId: 't-1' };
    expect(
      say([
        event('case_started', { actor: WORKER, data: { caseKey: 'DC-1' } }),
        event('task_created', { ...task, data: { dueAt: '2026-03-09T09:59:59.000Z' } }),
        event('task_claimed', { ...task, actor: WORKER }),
        event('task_completed', { ...task, actor: WORKER, data: { late: false, formId: 'home-assessment' } }),
        event('task_completed', { ...task, actor: WORKER, data: { late: true, formId: 'home-assessment' } }),
      ]),
    ).toEqual(['东城区社工 新建个案', '生成任务“入户评估”，期限 2026/03/09 17:59', '任务“入户评估”由 东城区社工 认领', '任务“入户评估”由 东城区社工 完成', '任务“入户评估”由 东城区社工 完成（已逾期）']);
  });

  it('says whom an operator handed a task to, by name', () => {
    const operator = 'usr-2';
    const named = { ...people, [operator]: { username: 'dongcheng.operator', displayName: { zh: '东城区民政局经办人', en: 'Dongcheng operator' } } };
    const handedOn = event('task_reassigned', { elementId: 'Task_Assessment', elementType: 'bpmn:UserTask', taskId: 't-1', actor: operator, data: { assignee: WORKER, previous: null } });
    expect(timelineSentences([handedOn], { ...ctx('zh-CN'), people: named }).map((e) => e.text)).toEqual(['东城区民政局经办人 将任务“入户评估”转交给 东城区社工']);
    expect(timelineSentences([handedOn], { ...ctx('en'), people: named }).map((e) => e.text)).toEqual(['Dongcheng operator handed task "Home assessment" to Dongcheng caseworker']);
  });

  it('says a referral with the referred standard and case number, and links to that case', () => {
    const entries = timelineSentences(
      [
        event('service_called', { elementId: 'Service_Notify', elementType: 'bpmn:ServiceTask', data: { service: 'notify' } }),
        event('referral_started', { elementId: 'Call_ChildCare', elementType: 'bpmn:CallActivity', data: { childCaseId: CHILD, code: 'BJ-SW-CHILD' } }),
        event('referral_completed', { elementId: 'Call_ChildCare', elementType: 'bpmn:CallActivity', data: { childCaseId: CHILD, code: 'BJ-SW-CHILD', status: 'completed' } }),
      ],
      ctx('zh-CN'),
    );
    expect(entries.map((e) => [e.text, e.caseId])).toEqual([
      ['已通知：通知承接机构整改', undefined],
      ['转介至 困境儿童和留守儿童关爱服务（个案 HL-2026-0001/BJ-SW-CHILD）', CHILD],
      ['转介的 困境儿童和留守儿童关爱服务 个案 HL-2026-0001/BJ-SW-CHILD 已办结', CHILD],
    ]);
  });

  it('leaves out what another entry already says, and says where the case ended', () => {
    const events = [
      event('element_entered', { elementId: 'Start', elementType: 'bpmn:StartEvent' }),
      event('element_entered', { elementId: 'Task_Assessment', elementType: 'bpmn:UserTask' }),
      event('element_left', { elementId: 'Gw_1', elementType: 'bpmn:ExclusiveGateway', data: { outcome: 'completed' } }),
      event('element_entered', { elementId: 'Sub_Stay', elementType: 'bpmn:SubProcess' }),
      event('element_left', { elementId: 'Sub_Stay', elementType: 'bpmn:SubProcess', data: { outcome: 'cancelled' } }),
      event('element_entered', { elementId: 'End_Done', elementType: 'bpmn:EndEvent' }),
      event('element_left', { elementId: 'End_Done', elementType: 'bpmn:EndEvent', data: { outcome: 'completed' } }),
      event('case_completed'),
    ];
    expect(say(events)).toEqual(['进入“在站救助”', '“在站救助”已撤销', '到达“服务完成”', '个案办结']);
    expect(say(events, 'en')).toEqual(['Reached "The stay at the station"', '"The stay at the station" cancelled', 'Reached "Service completed"', 'Case closed']);
  });

  it('says every kind of entry in both languages, never the kind itself nor a key', () => {
    const events = TOLD_KINDS.map((kind) => event(kind, { elementId: 'Timer_FollowUp', actor: WORKER, data: { dueAt: '2026-04-06T02:00:00.000Z', kind: 'home_visit', durationMinutes: 45, reason: '迁出本区', message: '风险报告' } }));
    for (const lang of ['zh-CN', 'en'] as const) {
      const sentences = say(events, lang);
      expect(sentences).toHaveLength(TOLD_KINDS.length);
      for (const [i, s] of sentences.entries()) {
        expect(s).not.toContain(TOLD_KINDS[i]);
        expect(s).not.toMatch(/timeline\.|records\.|\{\{|Timer_FollowUp|usr-1/);
      }
    }
    expect(say([events.find((e) => e.kind === 'record_added')!])).toEqual(['东城区社工 添加服务记录：入户探访 45 分钟']);
    expect(say([events.find((e) => e.kind === 'timer_scheduled')!], 'en')).toEqual(['Reminder "One month after closing" set for 06/04/2026']);
  });

  it('says an entry of a kind it does not know in a general sentence', () => {
    const unknown = { ...event('case_started'), kind: 'case_archived' } as unknown as CaseEvent;
    expect(say([unknown])).toEqual(['个案有一条新的办理记录']);
    expect(say([{ ...unknown, elementId: 'Task_Assessment' }], 'en')).toEqual(['Something was recorded at "Home assessment"']);
  });
});
