import i18next from 'i18next';
import type { Indicator } from '../../api/types-standard';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-cn';
import { describeIndicator, type SentenceContext, type Translator } from './indicator-sentence';

const i18n = i18next.createInstance();
void i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false }, initAsync: false });
const zh = i18n.getFixedT('zh-CN') as Translator;
const english = i18n.getFixedT('en') as Translator;

const ctx: SentenceContext = {
  elementName: (id) => ({ Intake: '接案', Plan: '制定服务计划', Visit: '回访', Close: '结案' })[id],
  parameter: (id) => (id === 'plan_sla' ? { title: '计划时限', default: 15 } : undefined),
};

const base = { id: 'i1', title: { zh: 't', en: 't' }, comparator: '>=' as const, target: 95 };

describe('an indicator said in words', () => {
  it('says a duration indicator with its limit in working days', () => {
    const ind: Indicator = { ...base, kind: 'duration', from: { element: 'Intake', edge: 'end' }, to: { element: 'Plan', edge: 'end' }, unit: 'working_days', limit: 15 };
    expect(describeIndicator(ind, ctx, zh)).toBe('从「接案」结束到「制定服务计划」结束在 15 个工作日内完成的个案占比不低于 95%');
    expect(describeIndicator(ind, ctx, english)).toBe('Share of cases going from the end of “接案” to the end of “制定服务计划” within 15 working days: at least 95%');
  });

  it('names the parameter a limit comes from, with its city default', () => {
    const ind: Indicator = { ...base, kind: 'duration', from: { element: 'Intake', edge: 'end' }, to: { element: 'Plan', edge: 'end' }, unit: 'working_days', limit: { parameter: 'plan_sla' } };
    expect(describeIndicator(ind, ctx, zh)).toContain('参数“计划时限”（默认 15 个工作日）');
  });

  it('says follow-up regularity with its interval and span', () => {
    const ind: Indicator = { ...base, kind: 'recurrence', activity: 'Visit', everyDays: 30, span: { from: 'Plan', to: 'Close' } };
    expect(describeIndicator(ind, ctx, zh)).toBe('在「制定服务计划」到「结案」期间，「回访」间隔不超过 30 天的比例不低于 95%');
  });

  it('does not add a percent sign to a mean or a count', () => {
    const mean: Indicator = { ...base, kind: 'field', form: 'closing', field: '/satisfaction', aggregate: 'mean', target: 4 };
    expect(describeIndicator(mean, ctx, zh)).toBe('表单“closing”中 /satisfaction 的平均值不低于 4');
    const count: Indicator = { ...base, kind: 'count', element: 'Visit', period: 'month', comparator: '>=', target: 100 };
    expect(describeIndicator(count, ctx, english)).toBe('Each month, times “回访” is completed: at least 100');
  });

  it('shows an element that is not chosen or no longer in the diagram', () => {
    const ind: Indicator = { ...base, kind: 'completion', element: '' };
    expect(describeIndicator(ind, ctx, zh)).toBe('到达（未选择）的个案占比不低于 95%');
    expect(describeIndicator({ ...ind, element: 'Gone' }, ctx, zh)).toContain('「Gone」');
  });

  it('says the comparator in words', () => {
    const ind: Indicator = { ...base, kind: 'conformance', comparator: '<', target: 5 };
    expect(describeIndicator(ind, ctx, zh)).toBe('办理路径符合标准流程的个案占比低于 5%');
  });
});
