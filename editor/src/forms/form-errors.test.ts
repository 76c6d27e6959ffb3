import type { RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { localizeErrors } from './form-errors';
import { formValidator } from './form-validator';

const eligibility = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: '老年人信息',
  type: 'object',
  properties: {
    clientName: { title: '姓名', 'x-en': { title: 'Name' }, type: 'string', minLength: 1 },
    age: { title: '年龄（周岁）', 'x-en': { title: 'Age (years)' }, type: 'integer', minimum: 60 },
    address: { title: '住址', type: 'object', properties: { street: { title: '街道（乡镇）', 'x-en': { title: 'Street or township' }, type: 'string' } }, required: ['street'] },
    gender: { title: '性别', 'x-en': { title: 'Gender' }, type: 'string', oneOf: [{ const: 'female', title: '女' }, { const: 'male', title: '男' }] },
  },
  required: ['clientName', 'age', 'gender'],
} as RJSFSchema;

/** What the web app's validator says about `data`: each message under the field it is shown beside. */
function errorsOf(data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const { errorSchema } = formValidator.validateFormData(data, eligibility, undefined, (errors: RJSFValidationError[]) => localizeErrors(errors, eligibility, lang, '表单定义有误'));
  return errorSchema;
}

describe('the errors of a form in the browser', () => {
  it('are said in Chinese beside each missing field, naming it by its title (the form names the 2020-12 meta-schema)', () => {
    expect(errorsOf({ address: {} })).toEqual({
      clientName: { __errors: ['请填写“姓名”'] },
      age: { __errors: ['请填写“年龄（周岁）”'] },
      gender: { __errors: ['请选择“性别”'] },
      address: { street: { __errors: ['请填写“街道（乡镇）”'] } },
    });
  });

  it('are said in English by the English titles', () => {
    expect(errorsOf({ clientName: '张桂兰', age: 30, gender: 'female', address: { street: '' } }, 'en')).toEqual({ age: { __errors: ['"Age (years)" must be at least 60'] } });
  });

  it('say a value outside a choice once, by its options', () => {
    expect(errorsOf({ clientName: '张桂兰', age: 70, gender: 'x' })).toEqual({ gender: { __errors: ['“性别”应为以下之一：“女”、“男”'] } });
  });

  it('say that the form itself is broken rather than repeat ajv’s English', () => {
    const broken = { type: 'object', properties: { age: { type: 'integr' } } } as unknown as RJSFSchema;
    const { errors } = formValidator.validateFormData({}, broken, undefined, (e: RJSFValidationError[]) => localizeErrors(e, broken, 'zh-CN', '表单定义有误'));
    expect(errors.map((e) => e.stack)).toEqual(['表单定义有误']);
  });
});
