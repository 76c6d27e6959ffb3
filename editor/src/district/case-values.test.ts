import { caseDataSources, describeCaseData, type JsonSchema } from './case-values';

const words = { zh: { yes: '是', no: '否', none: '无', other: '其他信息' }, en: { yes: 'Yes', no: 'No', none: 'None', other: 'Other information' } };
const titled = (zh: string, en: string, rest: JsonSchema = {}): JsonSchema & { properties?: Record<string, JsonSchema> } => ({ title: zh, 'x-en': { title: en }, ...rest });
const option = (value: string, zh: string, en: string) => titled(zh, en, { const: value });

const eligibility = titled('服务对象信息', 'Client information', {
  type: 'object',
  properties: {
    clientName: titled('姓名', 'Name', { type: 'string' }),
    gender: titled('性别', 'Gender', { type: 'string', oneOf: [option('female', '女', 'Female'), option('male', '男', 'Male')] }),
    assistanceType: titled('救助类别', 'Assistance category', { type: 'string', oneOf: [option('dibao', '最低生活保障家庭', 'Minimum living guarantee (dibao) household')] }),
  },
});
const level = titled('需求程度', 'Level of need', { type: 'string', oneOf: [option('high', '重度', 'High'), option('low', '轻度', 'Low')] });
const assessment = titled('入户需求评估', 'Home needs assessment', {
  type: 'object',
  properties: {
    visitDate: titled('入户日期', 'Date of the home visit', { type: 'string', format: 'date' }),
    hardshipCauses: titled('致困原因', 'Causes of hardship', { type: 'array', items: { type: 'string', oneOf: [option('illness', '疾病', 'Illness'), option('unemployment', '失业', 'Unemployment')] } }),
    livelihood: titled('生计发展', 'Livelihood', { type: 'object', properties: { level, findings: titled('评估发现', 'Findings', { type: 'string' }) } }),
  },
  allOf: [{ if: { properties: { visitDate: { type: 'string' } } }, then: { properties: { revisitNeeded: titled('需要再次入户', 'Another visit needed', { type: 'boolean' }) } } }],
});
const referral = titled('资源链接与转介', 'Resource linking and referrals', {
  type: 'object',
  properties: {
    referrals: titled('转介记录', 'Referrals', {
      type: 'array',
      items: { type: 'object', properties: { agency: titled('承接单位', 'Agency', { type: 'string' }), referralDate: titled('转介日期', 'Date referred', { type: 'string', format: 'date' }), done: titled('已办结', 'Done', { type: 'boolean' }) } },
    }),
  },
});
// The process asks for the referral after the assessment, though the forms are kept in another order.
const process = '<bpmn:userTask id="Task_Assessment" std:form="home-assessment" /><bpmn:userTask id="Task_Referral" std:form="resource-referral" />';
const standard = { population: { description: { zh: '', en: '' }, eligibility }, forms: { 'resource-referral': referral, 'home-assessment': assessment }, process };

const variables = {
  clientName: '刘某芳',
  gender: 'female',
  assistanceType: 'dibao',
  visitDate: '2026-03-06',
  hardshipCauses: ['unemployment', 'illness'],
  livelihood: { level: 'high', findings: '无稳定收入。' },
  revisitNeeded: false,
  referrals: [{ agency: '交道口街道社会保障事务所', referralDate: '2026-04-08', done: true }],
};

describe('a case’s data in words', () => {
  const sources = caseDataSources(standard, ['home-assessment', 'resource-referral']);

  it('names each field by its form’s title and each choice by its label, in a section per form', () => {
    const [client, visit, referrals] = describeCaseData(variables, sources, 'zh-CN', words.zh);
    expect(client).toEqual({
      title: '服务对象信息',
      fields: [
        { key: 'clientName', label: '姓名', value: { kind: 'text', text: '刘某芳' } },
        { key: 'gender', label: '性别', value: { kind: 'text', text: '女' } },
        { key: 'assistanceType', label: '救助类别', value: { kind: 'text', text: '最低生活保障家庭' } },
      ],
    });
    expect(visit!.title).toBe('入户需求评估');
    expect(referrals!.title).toBe('资源链接与转介');
  });

  it('says dates as dates, choices of a list by their labels, yes and no, and a field a rule adds', () => {
    const visit = describeCaseData(variables, sources, 'zh-CN', words.zh)[1]!;
    const text = Object.fromEntries(visit.fields.map((f) => [f.label, f.value.kind === 'text' ? f.value.text : f.value.kind]));
    expect(text).toEqual({ 入户日期: '2026/03/06', 致困原因: '失业、疾病', 生计发展: 'fields', 需要再次入户: '否' });
  });

  it('shows a group of answers as labelled answers, and a list of entries as a table', () => {
    const [, visit, referrals] = describeCaseData(variables, sources, 'zh-CN', words.zh);
    expect(visit!.fields.find((f) => f.key === 'livelihood')!.value).toEqual({
      kind: 'fields',
      fields: [
        { key: 'level', label: '需求程度', value: { kind: 'text', text: '重度' } },
        { key: 'findings', label: '评估发现', value: { kind: 'text', text: '无稳定收入。' } },
      ],
    });
    expect(referrals!.fields[0]!.value).toEqual({ kind: 'table', columns: ['承接单位', '转介日期', '已办结'], rows: [['交道口街道社会保障事务所', '2026/04/08', '是']] });
  });

  it('reads the same data in English', () => {
    const [client, visit] = describeCaseData(variables, sources, 'en', words.en);
    expect(client!.title).toBe('Client information');
    expect(client!.fields.map((f) => [f.label, f.value])).toContainEqual(['Assistance category', { kind: 'text', text: 'Minimum living guarantee (dibao) household' }]);
    expect(visit!.fields.map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['Date of the home visit', { kind: 'text', text: '06/03/2026' }],
        ['Causes of hardship', { kind: 'text', text: 'Unemployment, Illness' }],
        ['Another visit needed', { kind: 'text', text: 'No' }],
      ]),
    );
  });

  it('takes a name from the referring case’s standard, and spells out one no standard gives', () => {
    const child = { population: { description: { zh: '', en: '' }, eligibility: titled('儿童信息', 'Child', { type: 'object', properties: {} }) }, forms: {}, process: '' };
    const sections = describeCaseData({ gender: 'male', foundBy: 'police', agency: '区民政局', visitDate: '2026-03-06' }, caseDataSources(child, [], standard), 'zh-CN', words.zh);
    expect(sections.map((s) => s.title)).toEqual(['服务对象信息', '入户需求评估', '其他信息']);
    expect(sections[0]!.fields).toEqual([{ key: 'gender', label: '性别', value: { kind: 'text', text: '男' } }]);
    expect(sections[2]!.fields).toEqual([
      { key: 'agency', label: 'Agency', value: { kind: 'text', text: '区民政局' } },
      { key: 'foundBy', label: 'Found by', value: { kind: 'text', text: 'police' } },
    ]);
  });

  it('names a field by the latest form that asks for it', () => {
    const revisited = titled('中期评估', 'Mid-term review', { type: 'object', properties: { visitDate: titled('复访日期', 'Date of the revisit', { type: 'string', format: 'date' }) } });
    const both = { ...standard, forms: { ...standard.forms, 'mid-review': revisited } };
    const [, section] = describeCaseData({ clientName: '刘某芳', visitDate: '2026-05-01' }, caseDataSources(both, ['home-assessment', 'mid-review']), 'zh-CN', words.zh);
    expect(section).toEqual({ title: '中期评估', fields: [{ key: 'visitDate', label: '复访日期', value: { kind: 'text', text: '2026/05/01' } }] });
  });

  it('reads in the forms’ order, whatever the order the store keeps the data in', () => {
    const scrambled = Object.fromEntries(Object.entries(variables).reverse());
    const sections = describeCaseData(scrambled, sources, 'zh-CN', words.zh);
    expect(sections.map((s) => [s.title, s.fields.map((f) => f.key)])).toEqual([
      ['服务对象信息', ['clientName', 'gender', 'assistanceType']],
      ['入户需求评估', ['visitDate', 'hardshipCauses', 'livelihood', 'revisitNeeded']],
      ['资源链接与转介', ['referrals']],
    ]);
  });

  it('puts the required fields first, in the order the form requires them: the store sorts a schema’s keys by length', () => {
    // As jsonb gives the eligibility back: the shortest key first.
    const stored = { ...eligibility, properties: { gender: eligibility['properties']!['gender'], clientName: eligibility['properties']!['clientName'], assistanceType: eligibility['properties']!['assistanceType'] }, required: ['clientName', 'assistanceType'] };
    const [client] = describeCaseData(variables, caseDataSources({ ...standard, population: { ...standard.population, eligibility: stored } }, []), 'zh-CN', words.zh);
    expect(client!.fields.map((f) => f.key)).toEqual(['clientName', 'assistanceType', 'gender']);
  });

  it('says an empty answer and an empty list as none', () => {
    const [, visit] = describeCaseData({ clientName: '刘某芳', hardshipCauses: [], visitDate: null }, sources, 'zh-CN', words.zh);
    expect(visit!.fields.map((f) => f.value)).toEqual([
      { kind: 'text', text: '无' },
      { kind: 'text', text: '无' },
    ]);
  });
});
