import { evaluate } from 'feelin';
import { FeelMeter, isFixedPattern } from './feel-budget';
import { checkFeel, evaluateCondition, evaluateFeel, FEEL_BUDGET, FeelBudgetExceededError, FeelError, feelProblem, type FeelLimit } from './feel';
import { validateStandard } from '../validation/validate-standard';
import { sampleStandard, sampleWithProcess } from '../testing/sample-standard';

const members = [
  { name: '王芳', age: 44, employed: true },
  { name: '李强', age: 46, employed: false },
  { name: '王小明', age: 15, employed: false },
];

/** A case's variables: what the conditions read, among as many others as a large case holds. */
function caseVariables(extra = 200): Record<string, unknown> {
  const variables: Record<string, unknown> = { tier: 'high', age: 85, members, phone: '13800138000', notes: '独居，行动不便' };
  for (let i = 0; i < extra; i++) variables[`field${i}`] = i % 2 ? i : `value ${i}`;
  return variables;
}

/** What evaluating throws, or fails the test. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the evaluation to throw');
}

describe('FEEL within its budget', () => {
  // Each would block the server for seconds, minutes or for ever without the budget.
  const unbounded: Array<[string, FeelLimit[]]> = [
    ['count(for i in 1..1000000 return i) > 0', ['range']],
    ['count(for i in 1..1000000000000 return i) > 0', ['range']],
    ['count(for i in 1..10000, j in 1..10000 return 0) > 0', ['steps']],
    ['count(for i in 1..1000 return for j in 1..1000 return for k in 1..1000 return 0) > 0', ['steps']],
    ['some i in 1..10000, j in 1..10000 satisfies i = j + 1', ['steps']],
    ['every i in 1..5000 satisfies every j in 1..5000 satisfies i + j > 0', ['steps']],
    ['count((for i in 1..5000 return i)[item > 0][item > 1][item > 2][item > 3]) > 0', ['steps']],
    ['{f: function(n) f(n + 1), r: f(0)}.r > 0', ['depth']],
    ['{f: function(n) if n = 0 then 0 else f(n - 1) + f(n - 1), r: f(40)}.r > 0', ['depth', 'steps']],
    ['{f: function(n) if n = 0 then 0 else f(n - 1) + f(n - 1) + f(n - 1), r: f(9)}.r > 0', ['steps']],
    ['count(distinct values(for i in 1..3000 return [i, i])) > 0', ['steps']],
    [
      '{a: for i in 1..30 return i, b: for i in 1..30 return a, c: for i in 1..30 return b, d: for i in 1..30 return c, e: for i in 1..30 return d, r: count(flatten(e))}.r > 0',
      ['steps'],
    ],
    [
      '{s0: "xxxxxxxxxxxxxxxx", s1: s0+s0, s2: s1+s1, s3: s2+s2, s4: s3+s3, s5: s4+s4, s6: s5+s5, s7: s6+s6, s8: s7+s7, s9: s8+s8, s10: s9+s9, r: string length(string join(for i in 1..5000 return "", s10))}.r > 0',
      ['steps'],
    ],
    ['matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "(a+)+$")', ['pattern']],
    ['count(for x in 1..2.5 return x) > 0', ['range']],
    [`${'-'.repeat(100)}1 < 0`, ['depth']],
    [`${'['.repeat(65)}1${']'.repeat(65)} = 1`, ['depth']],
    [`tier = "${'x'.repeat(FEEL_BUDGET.length)}"`, ['length']],
  ];

  it.each(unbounded)('stops %s with FEEL_BUDGET_EXCEEDED', (expression, limits) => {
    const error = thrownBy(() => evaluateCondition(expression, caseVariables()));
    expect(error).toBeInstanceOf(FeelBudgetExceededError);
    expect(error).toBeInstanceOf(FeelError);
    const exceeded = error as FeelBudgetExceededError;
    expect(exceeded.code).toBe('FEEL_BUDGET_EXCEEDED');
    expect(limits).toContain(exceeded.limit);
    expect(exceeded.localized.zh).toMatch(/超出计算上限/);
    expect(exceeded.localized.en).toMatch(/exceeds its budget/);
  });

  it.each(unbounded)('refuses %s in validation, where there are no variables', (expression, limits) => {
    const problem = feelProblem(expression);
    expect(problem?.kind).toBe('budget');
    expect(limits).toContain(problem?.kind === 'budget' && problem.error.limit);
    expect(checkFeel(expression)).toBeTruthy();
  });

  it('given a loop over data, when the data is too large at run time, then the budget stops it there', () => {
    const expression = 'count(for i in 1..householdSize return i) > 0';
    expect(checkFeel(expression)).toBeUndefined();
    expect(evaluateCondition(expression, { householdSize: 5 })).toBe(true);
    expect(thrownBy(() => evaluateCondition(expression, { householdSize: 1e9 }))).toMatchObject({ code: 'FEEL_BUDGET_EXCEEDED', limit: 'range' });
    const some = 'some m in members satisfies m.age > 80';
    const crowd = Array.from({ length: 100_000 }, (_, i) => ({ age: i % 80 }));
    expect(evaluateCondition(some, { members })).toBe(false);
    expect(thrownBy(() => evaluateCondition(some, { members: crowd }))).toMatchObject({ code: 'FEEL_BUDGET_EXCEEDED', limit: 'steps' });
  });

  it.each([
    ['tier = "high" and age > 80', true],
    ['count(members[age >= 16]) > 0', true],
    ['some m in members satisfies m.employed = false', true],
    ['every m in members satisfies m.age < 18', false],
    ['count(members[employed = true]) = 1 and sum(members.age) > 100', true],
    ['tier in ("high", "key") and not(age < 60)', true],
    ['if age >= 80 then tier = "high" else false', true],
    ['string length(notes) > 3 and contains(notes, "独居")', true],
    ['matches(phone, "^1[3-9]\\d\\d\\d\\d\\d\\d\\d\\d\\d$")', true],
    ['count(split("a,b,c", ",")) = 3 and replace(phone, "138", "") = "00000"', true],
    ['date("2024-03-04") + duration("P30D") > date("2024-03-31")', true],
  ])('evaluates the ordinary condition %s as before, in a small case and in a large one', (expression, expected) => {
    expect(checkFeel(expression)).toBeUndefined();
    expect(evaluateCondition(expression, caseVariables(0))).toBe(expected);
    expect(evaluateCondition(expression, caseVariables(300))).toBe(expected);
    expect(evaluate(expression, caseVariables()).value).toBe(expected);
  });

  it('counts the same steps for the same expression and variables, whatever the machine is doing', () => {
    const expression = 'count(for m in members, i in 1..10 return m.age + i) > 0';
    const counts = [1, 2, 3].map(() => {
      const meter = new FeelMeter(expression);
      evaluate(expression, caseVariables(), undefined, meter);
      return meter.used;
    });
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
    // A budget just below what it takes stops it; one at it does not.
    const budget = { ...FEEL_BUDGET, steps: counts[0]! };
    expect(evaluate(expression, caseVariables(), undefined, new FeelMeter(expression, budget)).value).toBe(true);
    expect(() => evaluate(expression, caseVariables(), undefined, new FeelMeter(expression, { ...budget, steps: counts[0]! - 1 }))).toThrow(FeelBudgetExceededError);
  });

  it('counts an expression the same in validation as in a case with as many variables as usual', () => {
    const expression = 'count(for i in 1..100 return abs(i)) > 0';
    const used = (variables: Record<string, unknown>) => {
      const meter = new FeelMeter(expression);
      evaluate(expression, variables, undefined, meter);
      return meter.used;
    };
    expect(used(caseVariables(0))).toBe(used({}));
    expect(used(caseVariables(50))).toBe(used({}));
    expect(used(caseVariables(300))).toBeGreaterThan(used({}));
  });

  it('keeps other failures FEEL_ERROR', () => {
    expect(thrownBy(() => evaluateFeel('age >', { age: 1 }))).toMatchObject({ code: 'FEEL_ERROR' });
    expect(thrownBy(() => evaluateFeel('age >', { age: 1 }))).not.toBeInstanceOf(FeelBudgetExceededError);
    expect(feelProblem('age >')).toMatchObject({ kind: 'invalid' });
    expect(feelProblem('  ')).toEqual({ kind: 'invalid', reason: 'empty expression' });
  });

  it.each([
    ['^1[3-9]\\d\\d$', true],
    [',', true],
    ['\\p{Script=Han}', true],
    ['[*+?{|]', true],
    ['a\\*b', true],
    ['(a+)+$', false],
    ['\\d{11}', false],
    ['a|b', false],
    ['x?', false],
    ['(?=a)', false],
  ])('treats the pattern %s as fixed text: %s', (pattern, fixed) => {
    expect(isFixedPattern(pattern)).toBe(fixed);
  });
});

describe('FEEL over budget in validation', () => {
  it('reports a gateway condition at the flow', async () => {
    const standard = sampleWithProcess((xml) => xml.replace('risk = "high"', 'count(for i in 1..1000000 return i) &gt; 0'));
    const problems = await validateStandard(standard);
    const problem = problems.find((p) => p.code === 'CONDITION_FEEL_BUDGET_EXCEEDED');
    expect(problem).toMatchObject({ severity: 'error', elementId: 'Flow_high' });
    expect(problem?.message.zh).toMatch(/超出 FEEL 计算上限.*1\.\.1000000/);
    expect(problem?.message.en).toMatch(/exceeds the FEEL budget.*1\.\.1000000/);
  });

  it('reports an indicator condition at its pointer', async () => {
    const standard = sampleStandard();
    Object.assign(standard.indicators[1]!, { condition: 'some i in 1..10000, j in 1..10000 satisfies value = i * j' });
    const problems = await validateStandard(standard);
    const problem = problems.find((p) => p.code === 'INDICATOR_CONDITION_BUDGET_EXCEEDED');
    expect(problem).toMatchObject({ severity: 'error', pointer: '/indicators/1/condition' });
    expect(problem?.message.zh).toMatch(/超出 FEEL 计算上限/);
    expect(problem?.message.en).toMatch(/exceeds the FEEL budget/);
  });
});
