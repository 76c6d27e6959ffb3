import { sampleStandard } from '../testing/sample-standard';
import { validateStandard } from '../validation/validate-standard';
import { checkSchema, validateAgainst } from './ajv';
import { linearRegExp, patternProblem } from './linear-regexp';

const form = (pattern: string) => ({ type: 'object', properties: { phone: { type: 'string', pattern } } });

describe('authored patterns run in linear time', () => {
  it('given the catastrophic ^(a+)+$, when an adversarial input is validated, then it answers (JavaScript’s RegExp would backtrack for ages)', () => {
    const input = `${'a'.repeat(100_000)}!`;
    const problems = validateAgainst(form('^(a+)+$'), { phone: input });
    expect(problems).toEqual([
      { severity: 'error', code: 'DATA_INVALID', pointer: '/phone', message: { zh: '“phone”的格式不正确', en: '"phone" is not in the right format' } },
    ]);
    expect(validateAgainst(form('^(a+)+$'), { phone: 'aaaa' })).toEqual([]);
  });

  it('keeps JavaScript’s meaning of a pattern: \\s, ., \\u escapes, code points, anchors and classes', () => {
    const ok = (pattern: string, value: string) => linearRegExp(pattern, 'u').test(value);
    expect(ok('^\\S+$', '张\u3000三')).toBe(false); // the ideographic space is a space in JavaScript
    expect(ok('^[\\s]$', '\u00a0')).toBe(true);
    expect(ok('^.$', '\n')).toBe(false);
    expect(ok('^.$', '😀')).toBe(true);
    expect(ok('^[\\u4e00-\\u9fa5]{2,4}$', '张三')).toBe(true);
    expect(ok('^1[3-9]\\d{9}$', '13800138000')).toBe(true);
    expect(ok('^\\d{17}[\\dXx]$', '11010519491231002X')).toBe(true);
    expect(ok('^[^/]+$', 'a/b')).toBe(false);
    expect(ok('(?<year>\\d{4})-\\d{2}', 'on 2024-05')).toBe(true);
    expect(ok('^a$', 'a\n')).toBe(false);
  });

  it('refuses at validation what RE2 cannot run, at the pattern’s place in the schema', () => {
    expect(patternProblem('^\\d+$')).toBeUndefined();
    expect(patternProblem('(a)\\1')?.en).toContain('backreference');
    expect(patternProblem('(?<n>a)\\k<n>')?.en).toContain('backreference');
    expect(patternProblem('^(?!admin)')?.en).toContain('lookahead');
    expect(patternProblem('(?<=a)b')?.en).toContain('lookbehind');
    const problems = checkSchema(
      { type: 'object', properties: { phone: { type: 'string', pattern: '^(\\d)\\1+$' } }, patternProperties: { '^(?=x)/y': { type: 'string' } } },
      '/forms/intake',
    );
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'SCHEMA_PATTERN_UNSUPPORTED', pointer: '/forms/intake/patternProperties/^(?=x)~1y' }),
      expect.objectContaining({ severity: 'error', code: 'SCHEMA_PATTERN_UNSUPPORTED', pointer: '/forms/intake/properties/phone/pattern' }),
    ]);
    for (const p of problems) expect(p.message.zh).toMatch(/正则表达式 “.*” 不能使用：它含有/);
  });

  it('treats a "pattern" inside a value (an enum, a default) as data, not as a pattern', () => {
    expect(checkSchema({ type: 'object', default: { pattern: '(a)\\1' }, enum: [{ pattern: '(?=x)' }] }, '')).toEqual([]);
  });

  it('refuses a standard whose form or eligibility uses a backreference, when it is validated', async () => {
    const standard = sampleStandard();
    standard.forms['intake'] = form('^(\\d)\\1{5}$');
    standard.population.eligibility = { type: 'object', properties: { id: { type: 'string', pattern: '(?<!x)y' } } };
    const problems = await validateStandard(standard);
    expect(problems.filter((p) => p.code === 'SCHEMA_PATTERN_UNSUPPORTED').map((p) => p.pointer)).toEqual([
      '/forms/intake/properties/phone/pattern',
      '/population/eligibility/properties/id/pattern',
    ]);
  });
});
