/**
 * The problems panel says the standards' real problems in words: the API's validation of a draft with
 * the faults an officer makes, put into words as the panel lists them, names no element by its id, no
 * `std:` attribute and no JSON pointer, in either language.
 */
// A Node test: it validates as the API does, which only the entry point exports.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { readBpmn, validateStandard, type BpmnElement } from '@jingzhun/standards';
import { sampleStandard, SAMPLE_PROCESS } from '@jingzhun/standards/testing';
import type { ServiceStandard } from '../src/api';
import { i18n } from '../src/i18n';
import type { DiagramElementInfo } from '../src/modeler/process-modeler';
import { mergeProblems } from '../src/standards/editor/problem-list';
import { inWords } from '../src/standards/editor/problem-words';

/** The sample with a task left without a name and a role, a task with two time limits, a service task calling nothing, a form and a content nobody uses. */
const FAULTY = SAMPLE_PROCESS.replace('name="接案登记" std:nameEn="Intake" std:role="caseworker"', '')
  .replace('std:slaParameter="assessDays"', 'std:slaParameter="assessDays" std:sla="5"')
  .replace(' std:service="notify"', '');

/** The elements as the modeler lists them for the panel. */
async function elementsOf(xml: string): Promise<DiagramElementInfo[]> {
  const { definitions } = await readBpmn(xml);
  const out: DiagramElementInfo[] = [];
  const visit = (node: BpmnElement) => {
    for (const e of (node['flowElements'] as BpmnElement[] | undefined) ?? []) {
      const nameEn = e['nameEn'];
      out.push({ id: e.id!, type: e.$type, name: e.name ?? '', ...(typeof nameEn === 'string' ? { nameEn } : {}) });
      visit(e);
    }
  };
  for (const root of (definitions!['rootElements'] as BpmnElement[]) ?? []) visit(root);
  return out;
}

describe('the problems panel’s words for a draft’s real problems', () => {
  it.each(['zh-CN', 'en'] as const)('in %s: every element by its label, no ids, no std: attributes, no pointers', async (lang) => {
    const standard = { ...sampleStandard(), process: FAULTY, forms: { ...sampleStandard().forms, unused: { type: 'object', title: '备用表单', properties: {} } } };
    const problems = await validateStandard(standard);
    const elements = await elementsOf(FAULTY);
    const items = inWords(mergeProblems([], problems, lang), { elements, standard: standard as unknown as ServiceStandard, lang, t: i18n.getFixedT(lang) });

    expect(items.map((p) => p.code)).toEqual(expect.arrayContaining(['USER_TASK_NO_ROLE', 'SLA_CONFLICT', 'SERVICE_TASK_NO_SERVICE', 'FORM_UNUSED']));
    const ids = [...elements.map((e) => e.id), 'Process_sample'];
    for (const p of items) {
      const text = `${p.message} ${p.where}`;
      expect(text).not.toMatch(/std:/);
      expect(text).not.toMatch(/(^|\s)\/[a-z]/);
      for (const id of ids) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    const noRole = items.find((p) => p.code === 'USER_TASK_NO_ROLE')!;
    expect(noRole.message).toBe(lang === 'en' ? 'Unnamed user task has no role' : '未命名的用户任务没有指定角色');
    const conflict = items.find((p) => p.code === 'SLA_CONFLICT')!;
    expect(conflict.where).toBe(lang === 'en' ? 'Home assessment' : '入户评估');
    expect(items.find((p) => p.code === 'FORM_UNUSED' && p.pointer === '/forms/unused')!.message).toContain('备用表单');
  });
});
