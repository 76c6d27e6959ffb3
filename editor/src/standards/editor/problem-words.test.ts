import type { ServiceStandard } from '../../api';
import { i18n } from '../../i18n';
import type { DiagramElementInfo } from '../../modeler/process-modeler';
import type { ProblemItem } from './problem-list';
import { inWords, type ProblemNaming } from './problem-words';

const elements: DiagramElementInfo[] = [
  { id: 'Task_visit', type: 'bpmn:UserTask', name: '入户探访', nameEn: 'Home visit', form: 'visit' },
  { id: 'Task_1', type: 'bpmn:UserTask', name: '' },
  { id: 'Task_10', type: 'bpmn:ServiceTask', name: '' },
  { id: 'Gateway_1', type: 'bpmn:ExclusiveGateway', name: '' },
  { id: 'Gateway_2', type: 'bpmn:ExclusiveGateway', name: '' },
];

const standard = {
  forms: {
    visit: {
      title: '探访记录',
      'x-en': { title: 'Visit record' },
      type: 'object',
      properties: { field_1: { title: '居住情况', type: 'string', oneOf: [{ const: 'option_1', title: '独居' }] } },
    },
  },
  population: { eligibility: { type: 'object', properties: { name: { title: '姓名', type: 'string' } } } },
  roles: [{ id: 'caseworker', title: { zh: '社工', en: 'Social worker' }, assignTo: 'caseworker' }],
  contents: [{ id: 'c-assess', title: { zh: '需求评估', en: 'Needs assessment' } }],
  methods: [],
  parameters: [{ id: 'assessDays', title: { zh: '评估时限', en: 'Assessment time limit' }, kind: 'duration', unit: 'working_days', default: 5, min: 1, max: 10, tighter: 'lower' }],
  indicators: [],
} as unknown as ServiceStandard;

const naming = (lang: 'zh-CN' | 'en'): ProblemNaming => ({ elements, standard, lang, t: i18n.getFixedT(lang) });

const item = (message: string, at: { elementId?: string; pointer?: string } = {}, code = 'X'): ProblemItem => ({
  key: message,
  source: 'validation',
  severity: 'error',
  code,
  message,
  ...at,
});

const said = (lang: 'zh-CN' | 'en', ...items: ProblemItem[]) => inWords(items, naming(lang));

describe('problems in words', () => {
  it('names an element by its label, without its id or the std: attribute', () => {
    const [p] = said('zh-CN', item('用户任务 入户探访 (Task_visit) 没有指定角色（std:role）', { elementId: 'Task_visit' }));
    expect(p!.message).toBe('用户任务“入户探访”没有指定角色');
    expect(p!.where).toBe('入户探访');
  });

  it('names an element by its English name in English', () => {
    const [p] = said('en', item('user task 入户探访 (Task_visit) has no role (std:role)', { elementId: 'Task_visit' }));
    expect(p!.message).toBe('User task “Home visit” has no role');
  });

  it('names an unnamed element by its kind, once', () => {
    expect(said('zh-CN', item('用户任务 Task_1 没有指定表单（std:form）', { elementId: 'Task_1' }))[0]!.message).toBe('未命名的用户任务没有指定表单');
    expect(said('en', item('user task Task_1 has no form (std:form)', { elementId: 'Task_1' }))[0]!.message).toBe('Unnamed user task has no form');
    expect(said('zh-CN', item('Task_10 没有出口', { elementId: 'Task_10' }))[0]!.where).toBe('未命名的服务任务');
  });

  it('tells unnamed elements of one kind apart by a number', () => {
    expect(said('zh-CN', item('网关 Gateway_2 的出口缺少条件', { elementId: 'Gateway_2' }))[0]!.message).toBe('网关未命名的排他网关（2）的出口缺少条件');
  });

  it('says std: attributes in words where the sentence needs them', () => {
    expect(said('zh-CN', item('用户任务 Task_1 同时有 std:sla 和 std:slaParameter，只能有一个', { elementId: 'Task_1' }))[0]!.message).toBe('未命名的用户任务同时有时限和时限参数，只能有一个');
    expect(said('zh-CN', item('服务任务 Task_10 没有指定内置服务（std:service，可选：notify）', { elementId: 'Task_10' }))[0]!.message).toBe('未命名的服务任务没有指定内置服务（可选：notify）');
  });

  it('names forms, roles, contents and parameters by their titles', () => {
    expect(said('zh-CN', item('表单 “visit” 没有被任何用户任务使用', { pointer: '/forms/visit' }))[0]!.message).toBe('表单“探访记录”没有被任何用户任务使用');
    expect(said('zh-CN', item('用户任务 Task_1 的时限参数 “assessDays” 不存在', { elementId: 'Task_1' }))[0]!.message).toBe('未命名的用户任务的时限参数“评估时限”不存在');
    expect(said('en', item('service content "c-assess" is not delivered by any user task (std:contents)', { pointer: '/contents/0' }))[0]!.message).toBe(
      'Service content “Needs assessment” is not delivered by any user task',
    );
  });

  it('says where a pointer leads in words', () => {
    const where = (pointer: string, lang: 'zh-CN' | 'en' = 'zh-CN') => said(lang, item('问题', { pointer }))[0]!.where;
    expect(where('/forms/visit/properties/field_1/oneOf/0/title')).toBe('表单“探访记录” › 字段“居住情况” › 选项“独居”');
    expect(where('/forms/visit/properties/field_1', 'en')).toBe('Form “Visit record” › field “居住情况”');
    expect(where('/population/eligibility/properties/name')).toBe('服务对象信息表 › 字段“姓名”');
    expect(where('/parameters/0/default')).toBe('参数“评估时限”');
    expect(where('/roles/0/id')).toBe('角色“社工”');
    expect(where('/forms/visit/allOf/1')).toBe('表单“探访记录” › 第 2 条填写规则');
  });

  it('lists a problem said twice about the same place once', () => {
    const twice = said('zh-CN', item('用户任务 Task_1 没有指定角色（std:role）', { elementId: 'Task_1' }, 'A'), item('用户任务 Task_1 没有指定角色', { elementId: 'Task_1' }, 'A'));
    expect(twice).toHaveLength(1);
  });
});
