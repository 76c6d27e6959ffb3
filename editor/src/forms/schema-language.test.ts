import { inLanguage } from './schema-language';

const gender = {
  title: '性别',
  description: '按身份证填写',
  'x-en': { title: 'Gender', description: 'As on the ID card' },
  type: 'string',
  oneOf: [
    { const: 'female', title: '女', 'x-en': { title: 'Female' } },
    { const: 'male', title: '男' },
  ],
};
const form = { title: '老年人信息', 'x-en': { title: 'Older person' }, type: 'object', properties: { gender } };

describe('a form’s schema in the person’s language', () => {
  it('is the schema itself in Chinese', () => {
    expect(inLanguage(form, 'zh-CN')).toBe(form);
  });

  it('takes the English titles and descriptions of the form, its fields and its options, keeping the Chinese where there is no English', () => {
    const en = inLanguage(form, 'en');
    expect(en.title).toBe('Older person');
    expect(en.properties.gender).toMatchObject({ title: 'Gender', description: 'As on the ID card', oneOf: [{ const: 'female', title: 'Female' }, { const: 'male', title: '男' }] });
    expect(form.properties.gender.title).toBe('性别');
  });
});
