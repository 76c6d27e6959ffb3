/**
 * Small service standards for tests: a BPMN body wrapped into a process with the `std:` namespace,
 * and a published version around it with one role per platform role, a form and a parameter.
 */
import { createHash } from 'node:crypto';
import type { ServiceStandard, StandardVersion } from '@jingzhun/standards';

export interface FixtureOptions {
  code?: string;
  version?: number;
  /** Extra root elements, e.g. `<message id="M1" name="review-done" />`. */
  definitions?: string;
  forms?: Record<string, Record<string, unknown>>;
  eligibility?: Record<string, unknown>;
  parameters?: ServiceStandard['parameters'];
  indicators?: ServiceStandard['indicators'];
}

/**
 * Gives every flow node the `incoming`/`outgoing` references modelers write and a name when it has
 * none, so short fixtures pass the standards' lint rules. Elements must start `<bpmn:type id="…"`.
 */
function complete(body: string): string {
  const links = new Map<string, string[]>();
  for (const m of body.matchAll(/<bpmn:sequenceFlow id="([^"]+)"[^>]*?sourceRef="([^"]+)"[^>]*?targetRef="([^"]+)"/g)) {
    const [, flow, source, target] = m as unknown as [string, string, string, string];
    links.set(source, [...(links.get(source) ?? []), `<bpmn:outgoing>${flow}</bpmn:outgoing>`]);
    links.set(target, [...(links.get(target) ?? []), `<bpmn:incoming>${flow}</bpmn:incoming>`]);
  }
  return body.replace(/<bpmn:(\w+) id="([^"]+)"([^>]*?)(\/?)>/g, (whole, type: string, id: string, attrs: string, selfClosing: string) => {
    if (type === 'message' || type.endsWith('EventDefinition')) return whole;
    if (type === 'sequenceFlow') return /\bname="/.test(attrs) ? whole : `<bpmn:${type} id="${id}" name="${id}"${attrs}${selfClosing}>`;
    const named = /\bname="/.test(attrs) ? attrs : `${attrs} name="${id}"`;
    const refs = (links.get(id) ?? []).join('');
    return selfClosing ? `<bpmn:${type} id="${id}"${named}>${refs}</bpmn:${type}>` : `<bpmn:${type} id="${id}"${named}>${refs}`;
  });
}

/** A check repeated while `retry = true`, with nothing to wait for in between: a model that runs away. */
export const LOOP_WITHOUT_WAIT = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
    <bpmn:task id="check" />
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="again" />
    <bpmn:exclusiveGateway id="again" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="again" targetRef="check"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">retry = true</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="again" targetRef="end" />
    <bpmn:endEvent id="end" />`;

/** A BPMN document with one executable process of standard `code` whose elements are `body`. */
export function bpmn(body: string, definitions = '', code = 'BJ-TEST-CASE'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:std="http://jingzhun.org/schema/bpmn/std/1.0" id="defs" targetNamespace="http://jingzhun.org/test">
  ${definitions}
  <bpmn:process id="process" name="测试流程" std:code="${code}" isExecutable="true">
${complete(body)}
  </bpmn:process>
</bpmn:definitions>`;
}

/** A published version of a small standard whose process is `body`. */
export function versionFixture(body: string, options: FixtureOptions = {}): StandardVersion {
  const code = options.code ?? 'BJ-TEST-CASE';
  const standard: ServiceStandard = {
    code,
    title: { zh: '测试标准', en: 'Test standard' },
    population: {
      description: { zh: '测试对象', en: 'Test clients' },
      eligibility: options.eligibility ?? {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1 }, age: { type: 'integer', minimum: 0 } },
        required: ['name'],
      },
    },
    contents: [{ id: 'visit', title: { zh: '探访', en: 'Visit' } }],
    methods: [{ id: 'casework', title: { zh: '个案工作', en: 'Casework' } }],
    roles: [
      { id: 'worker', title: { zh: '社工', en: 'Social worker' }, assignTo: 'caseworker' },
      { id: 'operator', title: { zh: '区民政局', en: 'District operator' }, assignTo: 'district_operator' },
      { id: 'mentor', title: { zh: '机构督导', en: 'Professional supervisor' }, assignTo: 'professional_supervisor' },
      { id: 'supervisor', title: { zh: '督导', en: 'Supervisor' }, assignTo: 'supervisor' },
    ],
    parameters: options.parameters ?? [
      {
        id: 'assessDays',
        title: { zh: '评估时限', en: 'Assessment deadline' },
        kind: 'duration',
        unit: 'working_days',
        default: 10,
        min: 1,
        max: 10,
        tighter: 'lower',
      },
      {
        id: 'visitDays',
        title: { zh: '回访间隔', en: 'Visit interval' },
        kind: 'duration',
        unit: 'days',
        default: 30,
        min: 7,
        max: 30,
        tighter: 'lower',
      },
    ],
    indicators: options.indicators ?? [],
    forms: options.forms ?? {
      assess: {
        type: 'object',
        properties: { tier: { enum: ['high', 'key', 'general'] }, score: { type: 'integer', minimum: 0, maximum: 100 } },
        required: ['tier'],
      },
      note: { type: 'object', properties: { text: { type: 'string' } } },
    },
    process: bpmn(body, options.definitions ?? '', code),
  };
  return {
    code,
    version: options.version ?? 1,
    standard,
    hash: createHash('sha256').update(JSON.stringify(standard)).digest('hex'),
    status: 'published',
    author: 'author-1',
    approver: 'approver-1',
    publishedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** A clock tests move by hand; `reset` takes it back to where it started. */
export function manualClock(start: Date | string = '2024-03-04T01:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(to: Date | string) {
      now = new Date(to);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    reset() {
      now = new Date(start);
    },
  };
}

export type ManualClock = ReturnType<typeof manualClock>;

/** A pino-compatible logger that keeps quiet. */
export const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };
