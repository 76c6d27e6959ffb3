import type { Indicator } from '../schema/service-standard';
import { conditionText, describeIndicator, type ProcessNames } from './indicator-text';

const grade = {
  title: '评估等级',
  'x-en': { title: 'Grade' },
  type: 'string',
  oneOf: [
    { const: 'good', title: '良好', 'x-en': { title: 'Good' } },
    { const: 'fail', title: '不合格', 'x-en': { title: 'Fail' } },
  ],
};

const names: ProcessNames = {
  element: (id) => ({ Task_Report: { zh: '评估报告', en: 'Report' }, Task_Visit: { zh: '回访', en: 'Follow-up' } })[id],
  taskWithForm: (form) => (form === 'report' ? { zh: '评估报告', en: 'Report' } : undefined),
};
const standard = {
  parameters: [],
  forms: {
    report: {
      type: 'object',
      properties: { grade, score: { title: '得分', type: 'integer' }, passed: { title: '通过', type: 'boolean' } },
      // A field only asked after another answer lives in a rule's branch.
      allOf: [{ if: { properties: { passed: { const: false } }, required: ['passed'] }, then: { properties: { reason: { title: '原因', oneOf: [{ const: 'late', title: '逾期' }] } } } }],
    },
  },
};

const share = (field: string, condition?: string): Indicator => ({
  id: 'i', title: { zh: 't', en: 't' }, kind: 'field', form: 'report', field, aggregate: 'share', target: 90, comparator: '>=', ...(condition ? { condition } : {}),
});

describe('an indicator in words', () => {
  it('says a choice by its title, a yes/no as 是/否 and a number with its comparison', () => {
    expect(conditionText('value != "fail"', grade)).toEqual({ zh: '不为「不合格」', en: 'is not "Fail"' });
    expect(conditionText('value = "good" or value = "fail"', grade)).toEqual({ zh: '为「良好」或「不合格」', en: 'is "Good" or "Fail"' });
    expect(conditionText('value = true', undefined)).toEqual({ zh: '为「是」', en: 'is "yes"' });
    expect(conditionText('value >= 3 and value < 5', undefined)).toEqual({ zh: '不低于 3 且低于 5', en: 'is at least 3 and is below 5' });
  });

  it('never shows an expression it cannot say: a condition beyond one answer’s comparisons is “the condition set”', () => {
    expect(conditionText('count(value) > 2', undefined)).toBeUndefined();
    expect(conditionText('value = "a" or value > 2 and value < 5', undefined)).toBeUndefined();
    const text = describeIndicator(share('/score', 'abs(value - 3) < 1'), names, standard).definition;
    expect(text.zh).toBe('「评估报告」中「得分」满足所设条件的答复比例，目标 ≥ 90%');
    expect(text.en).not.toContain('abs');
  });

  it('names the task and the field from the diagram and the form, branches of rules included', () => {
    expect(describeIndicator(share('/grade', 'value != "fail"'), names, standard).definition).toEqual({
      zh: '「评估报告」中「评估等级」不为「不合格」的答复比例，目标 ≥ 90%',
      en: 'Share of answers of "Report" whose "Grade" is not "Fail"; target ≥ 90 %',
    });
    expect(describeIndicator(share('/reason', 'value = "late"'), names, standard).definition.zh).toBe('「评估报告」中「原因」为「逾期」的答复比例，目标 ≥ 90%');
    expect(describeIndicator(share('/score', 'value >= 60'), names, standard).definition.zh).toBe('「评估报告」中「得分」不低于 60 的答复比例，目标 ≥ 90%');
  });

  it('says an element not chosen yet as such, and one that is gone by its id', () => {
    const completion = (element: string): Indicator => ({ id: 'c', title: { zh: 't', en: 't' }, kind: 'completion', element, target: 95, comparator: '>=' });
    expect(describeIndicator(completion(''), names, standard).definition.zh).toBe('个案到达「（未选择）」的比例，目标 ≥ 95%');
    expect(describeIndicator(completion('Task_Gone'), names, standard).definition.en).toContain('"Task_Gone"');
  });

  it('says a rhythm or a count of service records by their kinds, counted when the contact took place', () => {
    const base = { id: 'r', title: { zh: 't', en: 't' }, target: 90, comparator: '>=' } as const;
    const rhythm = describeIndicator({ ...base, kind: 'recurrence', records: { kinds: ['home_visit', 'phone'] }, everyDays: 30, span: { from: 'Task_Report', to: 'Task_Visit' } }, names, standard);
    expect(rhythm.definition).toEqual({
      zh: '从「评估报告」到「回访」期间，服务记录（入户探访、电话联系）间隔不超过30 天的比例，目标 ≥ 90%',
      en: 'Share of intervals between "Report" and "Follow-up" in which a service record (Home visit, Phone call) came within 30 days; target ≥ 90 %',
    });
    expect(rhythm.cohort.zh).toContain('按记录的联系时间计');
    const count = describeIndicator({ ...base, kind: 'count', records: { kinds: ['home_visit'] }, period: 'month', target: 2 }, names, standard);
    expect(count.definition).toEqual({ zh: '每月的服务记录（入户探访）条数，目标 ≥ 2', en: 'Service records (Home visit) made a month; target ≥ 2' });
    expect(count.cohort.en).toContain('by the day the contact took place');
  });
});
