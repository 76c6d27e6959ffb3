import { sampleStandard } from '../testing/sample-standard';
import { applyVariant, resolveParameters, ParameterValuesInvalidError } from './apply-variant';

// assessDays: working days, default 10, range [3, 15], lower is tighter.
// visitsPerMonth: count, default 1, range [1, 8], higher is tighter.
describe('district variants', () => {
  const standard = sampleStandard();

  it('without a variant, every parameter has the city default', () => {
    expect(resolveParameters(standard)).toEqual({ assessDays: 10, followupDays: 30, visitsPerMonth: 1 });
  });

  it('accepts values inside the range and in the tighter direction', () => {
    expect(applyVariant(standard, { assessDays: 7, visitsPerMonth: 4 })).toEqual({
      values: { assessDays: 7, followupDays: 30, visitsPerMonth: 4 },
      problems: [],
    });
    expect(resolveParameters(standard, { assessDays: 3 })['assessDays']).toBe(3);
    expect(resolveParameters(standard, { assessDays: 10 })['assessDays']).toBe(10);
  });

  it('refuses a looser value even inside the range, one problem per parameter', () => {
    const { values, problems } = applyVariant(standard, { assessDays: 12, visitsPerMonth: 0 });
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['VARIANT_LOOSER', '/assessDays'],
      ['VARIANT_OUT_OF_RANGE', '/visitsPerMonth'],
    ]);
    expect(values).toEqual({ assessDays: 10, followupDays: 30, visitsPerMonth: 1 });
  });

  it('refuses values outside the range, unknown parameters, non-numbers and fractional counts', () => {
    const { problems } = applyVariant(standard, { assessDays: 2, nope: 1, followupDays: '7', visitsPerMonth: 2.5 });
    expect(problems.map((p) => p.code).sort()).toEqual(['VARIANT_NOT_A_NUMBER', 'VARIANT_NOT_INTEGER', 'VARIANT_OUT_OF_RANGE', 'VARIANT_UNKNOWN_PARAMETER']);
    for (const p of problems) expect(p.message.zh && p.message.en).toBeTruthy();
  });

  it('resolveParameters throws a coded error listing the problems', () => {
    expect(() => resolveParameters(standard, { assessDays: 20 })).toThrow(ParameterValuesInvalidError);
    expect(() => resolveParameters(standard, { assessDays: 20 })).toThrow(expect.objectContaining({ code: 'VARIANT_INVALID' }));
  });
});
