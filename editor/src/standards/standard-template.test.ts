import { isStandardCode, newStandard, templateProcess } from './standard-template';

describe('the template of a new standard', () => {
  const s = newStandard('BJ-SW-TEST', { zh: '测试', en: 'Test' }, { zh: '老年人', en: 'Elderly' });

  it('has one role, one form and a process from a start to an end event', () => {
    expect(s.roles).toHaveLength(1);
    expect(Object.keys(s.forms)).toEqual(['intake']);
    expect(s.process).toContain('<bpmn:startEvent id="StartEvent_1"');
    expect(s.process).toContain('<bpmn:endEvent id="EndEvent_1"');
    expect(s.process).toContain('sourceRef="StartEvent_1" targetRef="EndEvent_1"');
  });

  it('names the standard in its process', () => {
    expect(s.process).toContain('std:code="BJ-SW-TEST"');
  });

  it('escapes what it writes into XML attributes', () => {
    expect(templateProcess('A-"B')).toContain('std:code="A-&quot;B"');
  });

  it('accepts codes like BJ-SW-ELDER only', () => {
    expect(isStandardCode('BJ-SW-ELDER')).toBe(true);
    expect(isStandardCode('bj-sw')).toBe(false);
    expect(isStandardCode('ELDER')).toBe(false);
  });
});
