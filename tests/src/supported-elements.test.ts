/**
 * The one list of BPMN elements the platform runs (`@jingzhun/standards/supported-elements`) against
 * the three that act on it: what the editor offers (palette, context pad, change-element menu), what
 * validation accepts and what the engine compiles. A change to any of them that the list does not
 * follow, or to the list that one of them does not follow, fails here.
 */
import ContextPadProvider from 'bpmn-js/lib/features/context-pad/ContextPadProvider';
import PaletteProvider from 'bpmn-js/lib/features/palette/PaletteProvider';
import * as REPLACE_OPTIONS from 'bpmn-js/lib/features/replace/ReplaceOptions';
import { StdContextPadProvider } from '@jingzhun/editor/std-palette/std-context-pad-provider';
import { StdPaletteProvider } from '@jingzhun/editor/std-palette/std-palette-provider';
import { REFUSED_ENTRY_IDS } from '@jingzhun/editor/std-palette/std-replace-menu-filter';
import { compileProcess } from '@jingzhun/engine';
import { compileUnvalidated, versionFixture, type FixtureOptions } from '@jingzhun/engine/testing';
import {
  ANNOTATION_ELEMENT_TYPES,
  EXECUTED_ELEMENT_TYPES,
  REFUSED_ELEMENT_HINTS,
  SUPPORTED_ELEMENT_TYPES,
  SUPPORTED_EVENT_DEFINITIONS,
  validateStandard,
  type ServiceStandard,
} from '@jingzhun/standards';

const MESSAGE = '<bpmn:message id="M1" name="reply" />';
const HOUR = '<bpmn:timerEventDefinition id="hour"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>';
const ONE_DAY = '<bpmn:timerEventDefinition id="day"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition>';

/** start → `middle` (from element `a` to element `b`) → end, and `around` beside the flow. */
function process(middle: string, around = ''): string {
  return `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />
    ${middle}
    <bpmn:sequenceFlow id="f9" sourceRef="b" targetRef="end" />
    <bpmn:endEvent id="end" />
    ${around}`;
}

/** `element` (with id `a`) followed by a plain task `b`. */
const step = (element: string, around = '') => process(`${element}<bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" /><bpmn:task id="b" />`, around);

/** start → task `a` → an end event with `definition`. */
const ending = (definition: string) => `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />
    <bpmn:task id="a" />
    <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="end" />
    <bpmn:endEvent id="end">${definition}</bpmn:endEvent>`;

const standardOf = (body: string, options?: FixtureOptions): ServiceStandard => versionFixture(body, options).standard;

/** A process holding each supported type (or event definition), valid in every other respect. */
const HOLDING: Record<string, () => ServiceStandard> = {
  'bpmn:StartEvent': () => standardOf(step('<bpmn:task id="a" />')),
  'bpmn:EndEvent': () => standardOf(step('<bpmn:task id="a" />')),
  'bpmn:SequenceFlow': () => standardOf(step('<bpmn:task id="a" />')),
  'bpmn:Task': () => standardOf(step('<bpmn:task id="a" />')),
  'bpmn:IntermediateThrowEvent': () => standardOf(step('<bpmn:intermediateThrowEvent id="a" />')),
  'bpmn:IntermediateCatchEvent': () => standardOf(step(`<bpmn:intermediateCatchEvent id="a">${HOUR}</bpmn:intermediateCatchEvent>`)),
  'bpmn:BoundaryEvent': () =>
    standardOf(
      step(
        '<bpmn:userTask id="a" std:role="worker" std:form="note" />',
        `<bpmn:boundaryEvent id="late" attachedToRef="a">${ONE_DAY}</bpmn:boundaryEvent><bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="gone" /><bpmn:endEvent id="gone" />`,
      ),
    ),
  'bpmn:UserTask': () => standardOf(step('<bpmn:userTask id="a" std:role="worker" std:form="note" />')),
  'bpmn:ServiceTask': () => standardOf(step('<bpmn:serviceTask id="a" std:service="notify" />')),
  'bpmn:ReceiveTask': () => standardOf(step('<bpmn:receiveTask id="a" messageRef="M1" />'), { definitions: MESSAGE }),
  'bpmn:CallActivity': () => standardOf(step('<bpmn:callActivity id="a" calledElement="BJ-TEST-OTHER" />')),
  'bpmn:SubProcess': () =>
    standardOf(
      step(
        '<bpmn:subProcess id="a"><bpmn:startEvent id="in" /><bpmn:sequenceFlow id="s1" sourceRef="in" targetRef="out" /><bpmn:endEvent id="out" /></bpmn:subProcess>',
      ),
    ),
  'bpmn:ExclusiveGateway': () =>
    standardOf(
      process(`
        <bpmn:exclusiveGateway id="a" default="f3" />
        <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">age &gt; 60</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f3" sourceRef="a" targetRef="b" />
        <bpmn:task id="b" />`),
    ),
  'bpmn:ParallelGateway': () =>
    standardOf(
      process(`
        <bpmn:parallelGateway id="a" />
        <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="left" /><bpmn:task id="left" /><bpmn:sequenceFlow id="f3" sourceRef="left" targetRef="b" />
        <bpmn:sequenceFlow id="f4" sourceRef="a" targetRef="right" /><bpmn:task id="right" /><bpmn:sequenceFlow id="f5" sourceRef="right" targetRef="b" />
        <bpmn:parallelGateway id="b" />`),
    ),
  'bpmn:EventBasedGateway': () =>
    standardOf(
      process(`
        <bpmn:eventBasedGateway id="a" />
        <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="replied" />
        <bpmn:intermediateCatchEvent id="replied"><bpmn:messageEventDefinition id="m" messageRef="M1" /></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="replied" targetRef="b" />
        <bpmn:sequenceFlow id="f4" sourceRef="a" targetRef="waited" />
        <bpmn:intermediateCatchEvent id="waited">${ONE_DAY}</bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f5" sourceRef="waited" targetRef="b" />
        <bpmn:exclusiveGateway id="b" />`),
      { definitions: MESSAGE },
    ),
  'bpmn:TextAnnotation': () => standardOf(step('<bpmn:task id="a" />', '<bpmn:textAnnotation id="note" /><bpmn:association id="about" sourceRef="note" targetRef="a" />')),
  'bpmn:Association': () => standardOf(step('<bpmn:task id="a" />', '<bpmn:textAnnotation id="note" /><bpmn:association id="about" sourceRef="note" targetRef="a" />')),
  'bpmn:DataObject': () => standardOf(step('<bpmn:task id="a" />', '<bpmn:dataObject id="file" /><bpmn:dataObjectReference id="fileRef" dataObjectRef="file" />')),
  'bpmn:DataObjectReference': () => standardOf(step('<bpmn:task id="a" />', '<bpmn:dataObject id="file" /><bpmn:dataObjectReference id="fileRef" dataObjectRef="file" />')),
  'bpmn:Group': () => standardOf(step('<bpmn:task id="a" />', '<bpmn:group id="together" />')),
  'bpmn:TimerEventDefinition': () => standardOf(step(`<bpmn:intermediateCatchEvent id="a">${HOUR}</bpmn:intermediateCatchEvent>`)),
  'bpmn:MessageEventDefinition': () =>
    standardOf(step('<bpmn:intermediateCatchEvent id="a"><bpmn:messageEventDefinition id="m" messageRef="M1" /></bpmn:intermediateCatchEvent>'), { definitions: MESSAGE }),
  'bpmn:TerminateEventDefinition': () => standardOf(ending('<bpmn:terminateEventDefinition id="t" />')),
  'bpmn:ErrorEventDefinition': () => standardOf(ending('<bpmn:errorEventDefinition id="e" />')),
  'bpmn:EscalationEventDefinition': () => standardOf(step('<bpmn:intermediateThrowEvent id="a"><bpmn:escalationEventDefinition id="e" /></bpmn:intermediateThrowEvent>')),
  'bpmn:SignalEventDefinition': () => standardOf(step('<bpmn:intermediateThrowEvent id="a"><bpmn:signalEventDefinition id="s" /></bpmn:intermediateThrowEvent>')),
};

/** The XML element of a BPMN type: `bpmn:ManualTask` is written `<bpmn:manualTask>`. */
const tag = (type: string) => `bpmn:${type[5]!.toLowerCase()}${type.slice(6)}`;

/** A process holding one element of each refused type (or definition, or loop), in the place it is drawn. */
function holdingRefused(type: string): ServiceStandard {
  // A choreography is a diagram of its own beside the process.
  if (type === 'bpmn:Choreography') return standardOf(step('<bpmn:task id="a" />'), { definitions: '<bpmn:choreography id="dance" />' });
  if (type.endsWith('EventDefinition')) return standardOf(step(`<bpmn:intermediateCatchEvent id="a"><${tag(type)} id="d" /></bpmn:intermediateCatchEvent>`));
  if (type.endsWith('LoopCharacteristics')) return standardOf(step(`<bpmn:task id="a"><${tag(type)} id="loop" /></bpmn:task>`));
  if (type === 'bpmn:DataStoreReference') return standardOf(step('<bpmn:task id="a" />', '<bpmn:dataStoreReference id="store" />'));
  return standardOf(step(`<${tag(type)} id="a" />`));
}

function errorsOf(problems: Awaited<ReturnType<typeof validateStandard>>) {
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.elementId ?? p.pointer ?? ''}: ${p.message.en}`);
}

/** Every element the palette's entries (bpmn-js's own, then the standard's) create when clicked. */
function paletteCreates(): string[] {
  const created: string[] = [];
  const elementFactory = {
    createShape: (attrs: { type: string }) => (created.push(attrs.type), attrs),
    createParticipantShape: () => (created.push('bpmn:Participant'), {}),
  };
  const create = { start: () => undefined };
  const providers: Array<{ getPaletteEntries(): unknown }> = [];
  const palette = { registerProvider: (...args: unknown[]) => providers.push(args[args.length - 1] as never) };
  const translate = (text: string) => text;
  const tool = {};
  new PaletteProvider(palette as never, create as never, elementFactory as never, tool as never, tool as never, tool as never, tool as never, translate as never);
  new StdPaletteProvider(palette, elementFactory, create, translate);
  const [bpmnJs, standard] = providers as [{ getPaletteEntries(): Record<string, Entry> }, StdPaletteProvider];
  type Entry = { group?: string; action?: { click?: (event: unknown) => void } };
  const entries = standard.getPaletteEntries()(bpmnJs.getPaletteEntries() as never) as Record<string, Entry>;
  for (const entry of Object.values(entries)) if (entry.group !== 'tools') entry.action?.click?.({});
  return created;
}

/** A created shape: its type and event definition, as bpmn-js's element factory is asked for them. */
type Made = { type: string; eventDefinitionType?: string };

/** A diagram element of `type` (with `supertypes`) as far as bpmn-js's context pad reads one. */
function diagramElement(type: string, supertypes: string[]) {
  const types = [type, ...supertypes, 'bpmn:FlowNode', 'bpmn:FlowElement', 'bpmn:BaseElement'];
  const businessObject = { $type: type, eventDefinitions: [], $instanceOf: (t: string) => types.includes(t), get: () => undefined };
  return { id: 'a', type, businessObject };
}

/** Every element the context pad's append entries (bpmn-js's own, then the standard's) create on `element` when clicked. */
function contextPadAppends(element: ReturnType<typeof diagramElement>): Made[] {
  const made: Made[] = [];
  const elementFactory = { createShape: (attrs: Made) => (made.push({ type: attrs.type, ...(attrs.eventDefinitionType ? { eventDefinitionType: attrs.eventDefinitionType } : {}) }), attrs) };
  const autoPlace = { append: () => undefined };
  const create = { start: () => undefined };
  const providers: unknown[] = [];
  const contextPad = { registerProvider: (...args: unknown[]) => providers.push(args[args.length - 1]), getPad: () => ({ html: {} }), isOpen: () => false };
  const services = {
    injector: { get: (name: string) => (name === 'autoPlace' ? autoPlace : undefined) },
    eventBus: { on: () => undefined },
    popupMenu: { isEmpty: () => true },
    rules: { allowed: () => false },
    canvas: { getRootElement: () => ({}) },
    appendPreview: { create: () => undefined, cleanUp: () => undefined },
  };
  const translate = (text: string) => text;
  new ContextPadProvider(
    {} as never,
    services.injector as never,
    services.eventBus as never,
    contextPad as never,
    {} as never,
    elementFactory as never,
    {} as never,
    create as never,
    services.popupMenu as never,
    services.canvas as never,
    services.rules as never,
    translate as never,
    services.appendPreview as never,
  );
  new StdContextPadProvider(contextPad, elementFactory, autoPlace, create, translate);
  const [bpmnJs, standard] = providers as [{ getContextPadEntries(e: unknown): Record<string, unknown> }, StdContextPadProvider];
  const entries = standard.getContextPadEntries(element as never)(bpmnJs.getContextPadEntries(element)) as Record<string, { action?: { click?: (e: unknown, s: unknown) => void } }>;
  for (const [id, entry] of Object.entries(entries)) if (id.startsWith('append.')) entry.action?.click?.({}, element);
  return made;
}

const isListed = ({ type, eventDefinitionType }: Made) => SUPPORTED_ELEMENT_TYPES.has(type) && (eventDefinitionType === undefined || SUPPORTED_EVENT_DEFINITIONS.has(eventDefinitionType));

describe('the BPMN elements the platform runs, one list for the editor, validation and the engine', () => {
  it('are all that the palette creates, every element a case moves through but data stores, pools and annotations', () => {
    expect(new Set(paletteCreates())).toEqual(new Set(['bpmn:StartEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:EndEvent', 'bpmn:ExclusiveGateway', 'bpmn:Task', 'bpmn:SubProcess', 'bpmn:UserTask', 'bpmn:ServiceTask']));
    expect(paletteCreates().filter((type) => !EXECUTED_ELEMENT_TYPES.includes(type))).toEqual([]);
  });

  it('are all that the context pad appends to a task, a user task among them', () => {
    const made = contextPadAppends(diagramElement('bpmn:Task', ['bpmn:Activity']));
    expect(made.map((m) => m.type)).toEqual(expect.arrayContaining(['bpmn:UserTask', 'bpmn:Task', 'bpmn:ExclusiveGateway', 'bpmn:EndEvent']));
    expect(made.filter((m) => !isListed(m))).toEqual([]);
  });

  it('are all that the context pad appends to an event-based gateway, which has no conditional event', () => {
    const made = contextPadAppends(diagramElement('bpmn:EventBasedGateway', ['bpmn:Gateway']));
    expect(made).toContainEqual({ type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
    expect(made.filter((m) => !isListed(m))).toEqual([]);
  });

  it('are all that the change-element menu turns an element into', () => {
    const kept = Object.values(REPLACE_OPTIONS as unknown as Record<string, Array<{ actionName: string; target?: { type: string; eventDefinitionType?: string } }>>)
      .flat()
      .filter((option) => !REFUSED_ENTRY_IDS.has(option.actionName) && option.target && option.target.type !== 'bpmn:Participant');
    expect(kept.length).toBeGreaterThan(30);
    const unlisted = kept.filter(({ target }) => !SUPPORTED_ELEMENT_TYPES.has(target!.type) || (target!.eventDefinitionType !== undefined && !SUPPORTED_EVENT_DEFINITIONS.has(target!.eventDefinitionType)));
    expect(unlisted.map((option) => option.actionName)).toEqual([]);
    expect(['replace-with-manual-task', 'replace-with-script-task', 'replace-with-inclusive-gateway', 'replace-with-conditional-start'].filter((id) => !REFUSED_ENTRY_IDS.has(id))).toEqual([]);
  });

  it('has a process holding each listed type and event definition, for the checks below', () => {
    expect(Object.keys(HOLDING).sort()).toEqual([...SUPPORTED_ELEMENT_TYPES, ...SUPPORTED_EVENT_DEFINITIONS].sort());
    expect([...EXECUTED_ELEMENT_TYPES, ...ANNOTATION_ELEMENT_TYPES].sort()).toEqual([...SUPPORTED_ELEMENT_TYPES].sort());
  });

  it.each(Object.keys(HOLDING))('%s: validation accepts a process holding it, and the engine compiles it', async (type) => {
    const standard = HOLDING[type]!();
    expect(standard.process).toContain(`<${tag(type)}`);
    expect(errorsOf(await validateStandard(standard))).toEqual([]);
    await expect(compileProcess(standard)).resolves.toMatchObject({ processId: 'process' });
  });

  it.each(Object.keys(REFUSED_ELEMENT_HINTS))('%s: validation refuses it, and the engine has no behaviour for it', async (type) => {
    const standard = holdingRefused(type);
    const codes = errorsOf(await validateStandard(standard));
    expect(codes).toContainEqual(expect.stringMatching(type === 'bpmn:ScriptTask' ? /^SCRIPT_TASK_FORBIDDEN a:/ : /^ELEMENT_NOT_SUPPORTED (a|store|dance):/));
    await expect(compileUnvalidated(standard)).rejects.toThrow(new RegExp(`Unknown activity type ${type}$`));
  });
});
