import Ajv2020 from 'ajv/dist/2020';
import { compileSchema } from './ajv';
import { errorPointer, errorsToShow, fieldTitle, FORMAT_NAMES, validationMessage, type SchemaError } from './validation-messages';

type Schema = Record<string, unknown>;

/** A field titled in both languages, as the platform's forms write them. */
const field = (zh: string, en: string, schema: Schema): Schema => ({ title: zh, 'x-en': { title: en }, ...schema });
/** A form whose one field is `schema`, under the key `answer`. */
const form = (schema: Schema, required = false): Schema => ({ type: 'object', properties: { answer: schema }, ...(required ? { required: ['answer'] } : {}) });

/** What the platform's ajv reports for `data`, in words, as a person reads them. */
function said(schema: Schema, data: unknown): Array<{ zh: string; en: string; pointer: string }> {
  const validate = compileSchema(schema);
  validate(data);
  return errorsToShow(validate.errors ?? []).map((e) => ({ ...validationMessage(e, schema), pointer: errorPointer(e) }));
}

/** The one message for a form whose field `answer` is `schema` and whose answer is `value`. */
function saidOf(schema: Schema, value: unknown): { zh: string; en: string } {
  const [first, ...rest] = said(form(schema), { answer: value });
  expect(rest).toEqual([]);
  return { zh: first!.zh, en: first!.en };
}

const age = (schema: Schema) => field('年龄（周岁）', 'Age (years)', { type: 'integer', ...schema });
const notes = (schema: Schema) => field('记录', 'Notes', { type: 'string', ...schema });
const circumstances = (schema: Schema) =>
  field('困难类别', 'Circumstances', {
    type: 'array',
    uniqueItems: true,
    items: { type: 'string', oneOf: [{ const: 'alone', title: '独居', 'x-en': { title: 'Living alone' } }, { const: 'disabled', title: '失能', 'x-en': { title: 'Disabled' } }] },
    ...schema,
  });
const members = (schema: Schema) => field('家庭成员', 'Household members', { type: 'array', items: { type: 'string' }, ...schema });

describe('a missing answer', () => {
  const eligibility = {
    type: 'object',
    properties: {
      street: field('街道（乡镇）', 'Street or township', { type: 'string' }),
      gender: field('性别', 'Gender', { type: 'string', oneOf: [{ const: 'female', title: '女' }, { const: 'male', title: '男' }] }),
      consent: field('同意接受服务', 'Agrees to services', { type: 'boolean' }),
      categories: circumstances({}),
    },
    required: ['street', 'gender', 'consent', 'categories'],
  };

  it('is asked for by the field’s title, at the field itself: typed answers filled in, choices chosen', () => {
    expect(said(eligibility, {})).toEqual([
      { zh: '请填写“街道（乡镇）”', en: '"Street or township" is required', pointer: '/street' },
      { zh: '请选择“性别”', en: '"Gender" is required', pointer: '/gender' },
      { zh: '请选择“同意接受服务”', en: '"Agrees to services" is required', pointer: '/consent' },
      { zh: '请选择“困难类别”', en: '"Circumstances" is required', pointer: '/categories' },
    ]);
  });

  it('is the same when the text was left empty (minLength 1)', () => {
    expect(saidOf(notes({ minLength: 1 }), '')).toEqual({ zh: '请填写“记录”', en: '"Notes" is required' });
  });

  it('is asked for when another answer needs it (dependentRequired, and draft-07’s dependencies)', () => {
    const properties = { phone: field('联系电话', 'Phone', { type: 'string' }), contact: field('联系人', 'Contact person', { type: 'string' }) };
    const expected = [{ zh: '填写了“联系电话”时，还须填写“联系人”', en: '"Contact person" is required when "Phone" is given', pointer: '/contact' }];
    expect(said({ type: 'object', properties, dependentRequired: { phone: ['contact'] } }, { phone: '1' })).toEqual(expected);
    expect(said({ type: 'object', properties, dependencies: { phone: ['contact'] } }, { phone: '1' })).toEqual(expected);
  });

  it('required by a rule between answers is said by the rule’s own requirement, not as a failed “if”', () => {
    const intake = {
      type: 'object',
      properties: { consent: field('同意接受服务', 'Agrees to services', { type: 'boolean' }), declineReason: field('不同意的原因', 'Reason for declining', { type: 'string' }) },
      allOf: [{ if: { properties: { consent: { const: false } }, required: ['consent'] }, then: { required: ['declineReason'] } }],
    };
    expect(said(intake, { consent: false })).toEqual([{ zh: '请填写“不同意的原因”', en: '"Reason for declining" is required', pointer: '/declineReason' }]);
  });
});

describe('an answer out of its limits', () => {
  it.each<[string, Schema, unknown, string, string]>([
    ['minimum', age({ minimum: 60 }), 30, '“年龄（周岁）”不能小于 60', '"Age (years)" must be at least 60'],
    ['maximum', age({ maximum: 120 }), 130, '“年龄（周岁）”不能大于 120', '"Age (years)" must be at most 120'],
    ['exclusiveMinimum', age({ exclusiveMinimum: 0 }), 0, '“年龄（周岁）”必须大于 0', '"Age (years)" must be more than 0'],
    ['exclusiveMaximum', age({ exclusiveMaximum: 150 }), 150, '“年龄（周岁）”必须小于 150', '"Age (years)" must be less than 150'],
    ['multipleOf', age({ multipleOf: 5 }), 62, '“年龄（周岁）”应为 5 的整数倍', '"Age (years)" must be a multiple of 5'],
    ['minLength', notes({ minLength: 10 }), '很好', '“记录”至少需要 10 个字', '"Notes" needs at least 10 characters'],
    ['maxLength', notes({ maxLength: 4 }), '老人身体状况良好', '“记录”不能超过 4 个字', '"Notes" must be at most 4 characters long'],
    ['minItems of a choice', circumstances({ minItems: 1 }), [], '“困难类别”至少要选 1 项', 'Choose at least 1 option for "Circumstances"'],
    ['maxItems of a choice', circumstances({ maxItems: 1 }), ['alone', 'disabled'], '“困难类别”最多只能选 1 项', 'Choose at most 1 option for "Circumstances"'],
    ['minItems of a list', members({ minItems: 2 }), ['张'], '“家庭成员”至少需要 2 项', '"Household members" needs at least 2 items'],
    ['maxItems of a list', members({ maxItems: 1 }), ['张', '李'], '“家庭成员”最多只能有 1 项', '"Household members" can have at most 1 item'],
    ['items after prefixItems', members({ prefixItems: [{ type: 'string' }], items: false }), ['张', '李'], '“家庭成员”最多只能有 1 项', '"Household members" can have at most 1 item'],
    ['unevaluatedItems', field('家庭成员', 'Household members', { type: 'array', prefixItems: [{ type: 'string' }], unevaluatedItems: false }), ['张', '李'], '“家庭成员”最多只能有 1 项', '"Household members" can have at most 1 item'],
    ['uniqueItems', members({ uniqueItems: true }), ['张', '李', '张'], '“家庭成员”的第 1 项和第 3 项重复', 'Items 1 and 3 of "Household members" are the same'],
    ['contains', members({ contains: { const: '户主' } }), ['张'], '“家庭成员”中至少要有 1 项符合要求', '"Household members" must include at least 1 matching item'],
    ['minContains', members({ contains: { const: '户主' }, minContains: 2 }), ['户主'], '“家庭成员”中至少要有 2 项符合要求', '"Household members" must include at least 2 matching items'],
    ['maxContains', members({ contains: { const: '户主' }, maxContains: 1 }), ['户主', '户主'], '“家庭成员”中应恰有 1 项符合要求', '"Household members" must include exactly 1 matching item'],
    ['minContains and maxContains', members({ contains: { const: '户主' }, minContains: 1, maxContains: 2 }), ['户主', '户主', '户主'], '“家庭成员”中符合要求的项应为 1 到 2 项', '"Household members" must include 1 to 2 matching items'],
    ['minProperties', field('住址', 'Address', { type: 'object', minProperties: 1 }), {}, '“住址”至少需要填写 1 项', '"Address" needs at least 1 answer'],
    ['maxProperties', field('住址', 'Address', { type: 'object', maxProperties: 1 }), { a: 1, b: 2 }, '“住址”最多只能填写 1 项', '"Address" can have at most 1 answer'],
  ])('%s', (_keyword, schema, value, zh, en) => {
    expect(saidOf(schema, value)).toEqual({ zh, en });
  });
});

describe('an answer of the wrong kind', () => {
  it.each<[string, Schema, unknown, string, string]>([
    ['type', age({}), '七十', '“年龄（周岁）”应为整数', '"Age (years)" must be a whole number'],
    ['type of several', field('备注', 'Remark', { type: ['string', 'null'] }), 3, '“备注”应为文字或空', '"Remark" must be text or empty'],
    ['type of yes or no', field('同意', 'Agrees', { type: 'boolean' }), 'x', '“同意”应为“是”或“否”', '"Agrees" must be yes or no'],
    ['type of a number', field('金额', 'Amount', { type: 'number' }), 'x', '“金额”应为数字', '"Amount" must be a number'],
    ['type of a list', members({}), 'x', '“家庭成员”应为列表', '"Household members" must be a list'],
    ['type of a group', field('住址', 'Address', { type: 'object' }), 'x', '“住址”应为一组字段', '"Address" must be a group of fields'],
    ['enum', field('来源', 'Source', { enum: ['96156', 'community'] }), 'x', '“来源”应为以下之一：“96156”、“community”', '"Source" must be one of: "96156", "community"'],
    ['const', field('同意', 'Agrees', { const: true }), false, '“同意”应为“是”', '"Agrees" must be "yes"'],
    [
      'oneOf of titled choices',
      field('性别', 'Gender', { type: 'string', oneOf: [{ const: 'female', title: '女', 'x-en': { title: 'Female' } }, { const: 'male', title: '男', 'x-en': { title: 'Male' } }] }),
      'x',
      '“性别”应为以下之一：“女”、“男”',
      '"Gender" must be one of: "Female", "Male"',
    ],
    ['oneOf fitting two', field('金额', 'Amount', { oneOf: [{ type: 'number' }, { type: 'integer' }] }), 3, '“金额”同时符合多种填写方式，只能符合其中一种', '"Amount" fits more than one of the allowed forms; it must fit exactly one'],
    ['not', field('姓名', 'Name', { type: 'string', not: { const: '无' } }), '无', '“姓名”不能取这个值', '"Name" cannot take this value'],
    ['propertyNames', field('住址', 'Address', { type: 'object', propertyNames: { pattern: '^[a-z]+$' } }), { Room1: 'x' }, '“住址”中的字段名“Room1”不符合要求', 'The field name "Room1" is not allowed in "Address"'],
  ])('%s', (_keyword, schema, value, zh, en) => {
    expect(saidOf(schema, value)).toEqual({ zh, en });
  });

  it.each(['anyOf', 'oneOf'])('%s of shapes fitting none: what each shape needs, and that none fits', (keyword) => {
    const amount = field('金额', 'Amount', { [keyword]: [{ type: 'string' }, { type: 'number' }] });
    expect(said(form(amount), { answer: true })).toEqual([
      { zh: '“金额”应为文字', en: '"Amount" must be text', pointer: '/answer' },
      { zh: '“金额”应为数字', en: '"Amount" must be a number', pointer: '/answer' },
      { zh: '“金额”不符合任何一种允许的填写方式', en: '"Amount" fits none of the allowed forms', pointer: '/answer' },
    ]);
  });

  it('a field the form does not have: additionalProperties, unevaluatedProperties and the false schema', () => {
    const closed = { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false };
    expect(said(closed, { name: '张', surprise: 1 })).toEqual([{ zh: '不允许的字段“surprise”', en: '"surprise" is not an allowed field', pointer: '/surprise' }]);
    const unevaluated = { type: 'object', properties: { name: { type: 'string' } }, unevaluatedProperties: false };
    expect(said(unevaluated, { name: '张', surprise: 1 })).toEqual([{ zh: '不允许的字段“surprise”', en: '"surprise" is not an allowed field', pointer: '/surprise' }]);
    expect(said({ type: 'object', properties: { legacy: false } }, { legacy: 1 })).toEqual([{ zh: '“legacy”不应填写', en: '"legacy" must be left out', pointer: '/legacy' }]);
  });

  it('a discriminated choice (ajv’s discriminator option)', () => {
    const strict = new Ajv2020({ allErrors: true, discriminator: true });
    const schema = { type: 'object', title: '联系方式', discriminator: { propertyName: 'kind' }, required: ['kind'], oneOf: [{ properties: { kind: { const: 'phone' } } }, { properties: { kind: { const: 'mail' } } }] };
    const validate = strict.compile(schema);
    validate({ kind: 'fax' });
    expect(validate.errors!.map((e) => validationMessage(e, schema))).toEqual([{ zh: '“联系方式”中“kind”的取值不正确', en: '"联系方式" has an unexpected "kind"' }]);
  });
});

describe('a format', () => {
  const visitDate = (format: string) => field('探访日期', 'Date of visit', { format });

  it.each<[string, unknown, string, string]>([
    ['date', '2026-13-45', '日期，如 2026-03-05', 'a date such as 2026-03-05'],
    ['time', '25:00', '带时区的时间，如 09:30:00+08:00', 'a time with its zone such as 09:30:00+08:00'],
    ['date-time', '昨天', '带时区的日期和时间，如 2026-03-05T09:30:00+08:00', 'a date and time with its zone such as 2026-03-05T09:30:00+08:00'],
    ['iso-time', '9点半', '时间，如 09:30:00', 'a time such as 09:30:00'],
    ['iso-date-time', '昨天', '日期和时间，如 2026-03-05T09:30:00', 'a date and time such as 2026-03-05T09:30:00'],
    ['duration', '3 天', '时长，如 P3D（3 天）或 PT2H（2 小时）', 'a duration such as P3D (3 days) or PT2H (2 hours)'],
    ['uri', '网址', '完整的网址，如 https://example.org/page', 'a full address such as https://example.org/page'],
    ['uri-reference', '\\\\', '网址或相对地址，如 /page', 'an address or a relative one such as /page'],
    ['uri-template', '{', '网址模板，如 https://example.org/{id}', 'an address template such as https://example.org/{id}'],
    ['url', '网址', '网址，如 https://example.org/', 'a web address such as https://example.org/'],
    ['email', 'name', '电子邮箱地址，如 name@example.com', 'an email address such as name@example.com'],
    ['hostname', '-host-', '主机名，如 example.org', 'a host name such as example.org'],
    ['ipv4', '999.1.1.1', 'IPv4 地址，如 192.168.0.1', 'an IPv4 address such as 192.168.0.1'],
    ['ipv6', 'zz::', 'IPv6 地址，如 2001:db8::1', 'an IPv6 address such as 2001:db8::1'],
    ['regex', '(', '正则表达式', 'a regular expression'],
    ['uuid', '123', 'UUID，如 123e4567-e89b-12d3-a456-426614174000', 'a UUID such as 123e4567-e89b-12d3-a456-426614174000'],
    ['json-pointer', 'a/b', 'JSON 指针，如 /members/0', 'a JSON pointer such as /members/0'],
    ['json-pointer-uri-fragment', 'a', '网址片段形式的 JSON 指针，如 #/members/0', 'a JSON pointer as an address fragment such as #/members/0'],
    ['relative-json-pointer', '/a', '相对 JSON 指针，如 1/name', 'a relative JSON pointer such as 1/name'],
    ['byte', '@@@', 'Base64 编码的内容', 'base64-encoded content'],
    ['int32', 2 ** 40, '32 位整数', 'a 32-bit whole number'],
    ['int64', 1.5, '64 位整数', 'a 64-bit whole number'],
  ])('%s is named in words, with an example', (format, value, zh, en) => {
    expect(saidOf(visitDate(format), value)).toEqual({ zh: `“探访日期”应为${zh}`, en: `"Date of visit" must be ${en}` });
  });

  // Formats whose ajv-formats check accepts anything, and react-jsonschema-form's own: their errors as ajv shapes them.
  it.each<[string, string, string]>([
    ['float', '单精度浮点数', 'a single-precision number'],
    ['double', '双精度浮点数', 'a double-precision number'],
    ['password', '密码', 'a password'],
    ['binary', '二进制内容', 'binary content'],
    ['data-url', 'data URL 形式的文件', 'a file as a data URL'],
    ['color', '颜色，如 #ff0000', 'a colour such as #ff0000'],
  ])('%s is named in words', (format, zh, en) => {
    expect(validationMessage({ keyword: 'format', params: { format }, instancePath: '/answer' }, form(visitDate(format)))).toEqual({ zh: `“探访日期”应为${zh}`, en: `"Date of visit" must be ${en}` });
  });

  it('every format of ajv-formats has its words, and one unknown to them is “not in the right format”, never its name', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(
      ['binary', 'byte', 'color', 'data-url', 'date', 'date-time', 'double', 'duration', 'email', 'float', 'hostname', 'int32', 'int64', 'ipv4', 'ipv6', 'iso-date-time', 'iso-time', 'json-pointer', 'json-pointer-uri-fragment', 'password', 'regex', 'relative-json-pointer', 'time', 'uri', 'uri-reference', 'uri-template', 'url', 'uuid'].sort(),
    );
    expect(validationMessage({ keyword: 'format', params: { format: 'idcard' }, instancePath: '/answer' }, form(visitDate('idcard')))).toEqual({ zh: '“探访日期”的格式不正确', en: '"Date of visit" is not in the right format' });
  });

  // ajv-formats' comparisons of dates and times, as their errors come (params.comparison and limit).
  it.each<[string, string, string, string]>([
    ['formatMinimum', '>=', '不能早于', 'must not be before'],
    ['formatExclusiveMinimum', '>', '必须晚于', 'must be after'],
    ['formatMaximum', '<=', '不能晚于', 'must not be after'],
    ['formatExclusiveMaximum', '<', '必须早于', 'must be before'],
  ])('%s says before or after the date', (keyword, comparison, zh, en) => {
    const e = { keyword, params: { comparison, limit: '2026-01-01' }, instancePath: '/answer' };
    expect(validationMessage(e, form(visitDate('date')))).toEqual({ zh: `“探访日期”${zh} 2026-01-01`, en: `"Date of visit" ${en} 2026-01-01` });
  });

  it('a date before a form’s least date is refused by the platform’s ajv itself, in words (one ajv for the formats and the forms)', () => {
    const schema = { ...visitDate('date'), formatMinimum: '2026-01-01' };
    expect(saidOf(schema, '2025-12-31')).toEqual({ zh: '“探访日期”不能早于 2026-01-01', en: '"Date of visit" must not be before 2026-01-01' });
    expect(said(form(schema), { answer: '2026-01-02' })).toEqual([]);
  });
});

describe('a pattern', () => {
  it('says the format in the words of the field’s description, in each language', () => {
    const phone = field('联系电话', 'Phone', { type: 'string', pattern: '^1\\d{10}$', description: '11 位手机号码，如 13800000000。' });
    (phone['x-en'] as Schema)['description'] = 'an 11-digit mobile number such as 13800000000.';
    expect(saidOf(phone, '123')).toEqual({ zh: '“联系电话”的格式不正确：11 位手机号码，如 13800000000', en: '"Phone" is not in the right format: an 11-digit mobile number such as 13800000000' });
  });

  it('says only that the format is wrong when the schema does not describe it, never the pattern itself', () => {
    expect(saidOf(field('联系电话', 'Phone', { type: 'string', pattern: '^1\\d{10}$' }), '123')).toEqual({ zh: '“联系电话”的格式不正确', en: '"Phone" is not in the right format' });
  });
});

describe('the field a sentence names', () => {
  it('is found in nested groups, list items, references and rules’ branches', () => {
    const schema = {
      type: 'object',
      $defs: { person: { type: 'object', properties: { name: field('姓名', 'Name', { type: 'string' }) } } },
      properties: {
        address: field('住址', 'Address', { type: 'object', properties: { street: field('街道（乡镇）', 'Street or township', { type: 'string' }) } }),
        members: { type: 'array', items: { $ref: '#/$defs/person' } },
      },
      allOf: [{ if: { required: ['address'] }, then: { properties: { note: field('备注', 'Remark', { type: 'string' }) } } }],
    };
    expect(fieldTitle(schema, '/address/street')).toEqual({ zh: '街道（乡镇）', en: 'Street or township' });
    expect(fieldTitle(schema, '/members/3/name')).toEqual({ zh: '姓名', en: 'Name' });
    expect(fieldTitle(schema, '/note')).toEqual({ zh: '备注', en: 'Remark' });
    expect(fieldTitle(schema, '/unknown')).toBeUndefined();
  });

  it('is the Chinese title in English when the field has no English one', () => {
    expect(saidOf({ title: '社区（村）', type: 'string' }, 3)).toEqual({ zh: '“社区（村）”应为文字', en: '"社区（村）" must be text' });
  });

  it('is the key of a field without a title, and an item by its place in its list', () => {
    expect(said({ type: 'object', properties: { age: { type: 'integer' } }, required: ['name'] }, { age: 'x' })).toEqual([
      { zh: '请填写“name”', en: '"name" is required', pointer: '/name' },
      { zh: '“age”应为整数', en: '"age" must be a whole number', pointer: '/age' },
    ]);
    expect(saidOf(circumstances({}), ['alone', 'nobody'])).toEqual({ zh: '“困难类别”的第 2 项应为以下之一：“独居”、“失能”', en: 'Item 2 of "Circumstances" must be one of: "Living alone", "Disabled"' });
  });

  it('is the answer as a whole when it has no name at all', () => {
    expect(validationMessage({ keyword: 'type', params: { type: 'object' }, instancePath: '' })).toEqual({ zh: '填写的内容应为一组字段', en: 'The answer must be a group of fields' });
  });
});

describe('every sentence', () => {
  it('is its own words, never ajv’s English, also for a keyword it does not know', () => {
    const e: SchemaError & { message: string } = { keyword: 'x-custom', params: {}, instancePath: '/answer', message: 'must pass "x-custom" keyword validation' };
    expect(validationMessage(e, form(notes({})))).toEqual({ zh: '“记录”的取值不正确', en: '"Notes" is not valid' });
  });
});
