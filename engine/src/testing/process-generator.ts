/**
 * Random processes that combine what the runtime must get right together — parallel branches,
 * exclusive choices, sub-processes, boundary timers and messages (interrupting and
 * not), event-based gateways, timer and message waits, loops back and referrals to another standard —
 * as a fast-check arbitrary of BPMN bodies for `versionFixture`. (Inclusive gateways are left out: the
 * interpreter cannot join them, and validation refuses them.) Every process is sound by
 * construction: each split has its join, an interrupting boundary rejoins the flow after its
 * activity, and every loop waits for a person before it goes round again; a case that stops in one
 * is the runtime's fault.
 *
 * @example
 *   const [generated] = fc.sample(generatedProcess(), { seed: 3, numRuns: 1 });
 *   await runtime.registerVersion(versionFixture(generated.body, { definitions: generated.definitions, forms: GENERATED_FORMS }));
 */
import fc from 'fast-check';

/** The standard a generated call activity refers to: one task, then a wait of a day. */
export const GENERATED_CHILD_CODE = 'BJ-TEST-CHILD';

export const GENERATED_CHILD = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="serve" />
    <bpmn:userTask id="serve" name="提供服务" std:role="worker" std:form="decide" std:sla="P2D" />
    <bpmn:sequenceFlow id="f2" sourceRef="serve" targetRef="pause" />
    <bpmn:intermediateCatchEvent id="pause" name="一天后">
      <bpmn:timerEventDefinition id="pause_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="pause" targetRef="end" />
    <bpmn:endEvent id="end" />`;

/** The one form of generated tasks: its answers steer every choice of a generated process. */
export const GENERATED_FORMS = {
  decide: {
    type: 'object',
    properties: { choice: { enum: ['a', 'b', 'c'] }, again: { type: 'boolean' }, note: { type: 'string' } },
    required: ['choice', 'again'],
  },
};

export interface GeneratedProcess {
  /** The process's flow elements, for `versionFixture`. */
  body: string;
  /** Its messages, for `versionFixture`'s `definitions`. */
  definitions: string;
  /** What it combines, e.g. `seq(task, sub[timer!](and(task, call)))`. */
  shape: string;
}

type Boundary = { on: 'timer' | 'cycle' | 'message'; interrupting: boolean; days: number; handler: Block };

export type Block =
  | { kind: 'task'; sla: number; boundaries: Boundary[] }
  | { kind: 'service' }
  | { kind: 'timer'; days: number }
  | { kind: 'message' }
  | { kind: 'receive' }
  | { kind: 'call'; boundaries: Boundary[] }
  | { kind: 'seq'; items: Block[] }
  | { kind: 'xor' | 'and'; items: Block[] }
  | { kind: 'race'; afterTimer: Block; afterMessage: Block; days: number }
  | { kind: 'sub'; body: Block; boundaries: Boundary[] }
  | { kind: 'loop'; body: Block };

const days = fc.integer({ min: 1, max: 20 });

function boundaries(handler: fc.Arbitrary<Block>): fc.Arbitrary<Boundary[]> {
  const boundary = fc.record({ on: fc.constantFrom('timer', 'cycle', 'message'), interrupting: fc.boolean(), days, handler }).map((b) =>
    // A cycle repeats only on a boundary that lets its activity go on.
    b.on === 'cycle' ? { ...b, interrupting: false } : b,
  ) as fc.Arbitrary<Boundary>;
  return fc.array(boundary, { maxLength: 2 });
}

/** A block of at most `depth` levels of nesting. */
const blockOf: (depth: number) => fc.Arbitrary<Block> = fc.memo((depth: number): fc.Arbitrary<Block> => {
  const handler = fc.oneof(fc.constant<Block>({ kind: 'service' }), fc.constant<Block>({ kind: 'task', sla: 2, boundaries: [] }));
  const leaf = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('task' as const), sla: fc.integer({ min: 1, max: 10 }), boundaries: depth > 1 ? boundaries(handler) : fc.constant([]) }) },
    { weight: 1, arbitrary: fc.constant<Block>({ kind: 'service' }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('timer' as const), days }) },
    { weight: 1, arbitrary: fc.constant<Block>({ kind: 'message' }) },
    { weight: 1, arbitrary: fc.constant<Block>({ kind: 'receive' }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('call' as const), boundaries: depth > 1 ? boundaries(handler) : fc.constant([]) }) },
  ) as fc.Arbitrary<Block>;
  if (depth <= 1) return leaf;
  const inner = blockOf(depth - 1);
  const items = fc.array(inner, { minLength: 2, maxLength: 3 });
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('seq' as const), items }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('xor' as const, 'and' as const), items }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('race' as const), afterTimer: inner, afterMessage: inner, days }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('sub' as const), body: inner, boundaries: boundaries(handler) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('loop' as const), body: inner }) },
  ) as fc.Arbitrary<Block>;
});

/** Processes of up to `depth` levels of nesting (4 by default). */
export function generatedProcess(depth = 4): fc.Arbitrary<GeneratedProcess> {
  return blockOf(depth).map(render);
}

const cond = (feel: string) => `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">${feel}</bpmn:conditionExpression>`;
const timerDef = (id: string, value: string, cycle = false) =>
  `<bpmn:timerEventDefinition id="${id}_def"><bpmn:${cycle ? 'timeCycle' : 'timeDuration'} xsi:type="bpmn:tFormalExpression">${value}</bpmn:${cycle ? 'timeCycle' : 'timeDuration'}></bpmn:timerEventDefinition>`;

/** The BPMN of a block tree inside one process. */
export function render(root: Block): GeneratedProcess {
  let n = 0;
  const next = (prefix: string) => `${prefix}${++n}`;
  const messages: string[] = [];
  const message = () => {
    const id = next('Msg_');
    messages.push(`<bpmn:message id="${id}" name="${id.toLowerCase()}" />`);
    return id;
  };

  /** Writes `block` into `out`; returns the ids a flow enters it by and leaves it from. */
  const write = (block: Block, out: string[]): { entry: string; exit: string } => {
    const flow = (from: string, to: string, extra = '', id = next('F')) =>
      out.push(`<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${extra}</bpmn:sequenceFlow>`);
    const attach = (activity: string, list: Boundary[]): string => {
      let exit = activity;
      for (const b of list) {
        const id = next('B');
        const definition = b.on === 'message' ? `<bpmn:messageEventDefinition id="${id}_def" messageRef="${message()}" />` : timerDef(id, b.on === 'cycle' ? `R2/P${b.days}D` : `P${b.days}D`, b.on === 'cycle');
        out.push(`<bpmn:boundaryEvent id="${id}" attachedToRef="${activity}" cancelActivity="${b.interrupting}">${definition}</bpmn:boundaryEvent>`);
        const handler = write(b.handler, out);
        flow(id, handler.entry);
        if (b.interrupting) {
          // The interrupted activity's way on is taken by its handler instead: both meet after it.
          const merge = next('Merge');
          out.push(`<bpmn:exclusiveGateway id="${merge}" />`);
          flow(exit, merge);
          flow(handler.exit, merge);
          exit = merge;
        } else {
          const end = next('End');
          out.push(`<bpmn:endEvent id="${end}" />`);
          flow(handler.exit, end);
        }
      }
      return exit;
    };
    switch (block.kind) {
      case 'task': {
        const id = next('Task');
        out.push(`<bpmn:userTask id="${id}" std:role="worker" std:form="decide" std:sla="P${block.sla}D" />`);
        return { entry: id, exit: attach(id, block.boundaries) };
      }
      case 'service': {
        const id = next('Notify');
        out.push(`<bpmn:serviceTask id="${id}" std:service="notify" />`);
        return { entry: id, exit: id };
      }
      case 'timer': {
        const id = next('Wait');
        out.push(`<bpmn:intermediateCatchEvent id="${id}">${timerDef(id, `P${block.days}D`)}</bpmn:intermediateCatchEvent>`);
        return { entry: id, exit: id };
      }
      case 'message': {
        const id = next('Await');
        out.push(`<bpmn:intermediateCatchEvent id="${id}"><bpmn:messageEventDefinition id="${id}_def" messageRef="${message()}" /></bpmn:intermediateCatchEvent>`);
        return { entry: id, exit: id };
      }
      case 'receive': {
        const id = next('Receive');
        out.push(`<bpmn:receiveTask id="${id}" messageRef="${message()}" />`);
        return { entry: id, exit: id };
      }
      case 'call': {
        const id = next('Refer');
        out.push(`<bpmn:callActivity id="${id}" calledElement="${GENERATED_CHILD_CODE}" />`);
        return { entry: id, exit: attach(id, block.boundaries) };
      }
      case 'seq': {
        const parts = block.items.map((item) => write(item, out));
        for (let i = 1; i < parts.length; i++) flow(parts[i - 1]!.exit, parts[i]!.entry);
        return { entry: parts[0]!.entry, exit: parts[parts.length - 1]!.exit };
      }
      case 'xor':
      case 'and': {
        const type = block.kind === 'xor' ? 'exclusiveGateway' : 'parallelGateway';
        const split = next('Split');
        const join = next('Join');
        const parts = block.items.map((item) => write(item, out));
        const conditions = ['choice = "a"', 'choice = "b"'];
        const ids = parts.map(() => next('F'));
        // The last way out of a choice is its default, so every answer leads somewhere.
        const fallback = block.kind === 'and' ? '' : ` default="${ids[ids.length - 1]}"`;
        out.push(`<bpmn:${type} id="${split}"${fallback} />`, `<bpmn:${type} id="${join}" />`);
        parts.forEach((part, i) => {
          const last = i === parts.length - 1;
          flow(split, part.entry, block.kind === 'and' || last ? '' : cond(conditions[i % conditions.length]!), ids[i]);
          flow(part.exit, join);
        });
        return { entry: split, exit: join };
      }
      case 'race': {
        const gateway = next('Race');
        const timer = next('Wait');
        const awaited = next('Await');
        const merge = next('Merge');
        out.push(
          `<bpmn:eventBasedGateway id="${gateway}" />`,
          `<bpmn:intermediateCatchEvent id="${timer}">${timerDef(timer, `P${block.days}D`)}</bpmn:intermediateCatchEvent>`,
          `<bpmn:intermediateCatchEvent id="${awaited}"><bpmn:messageEventDefinition id="${awaited}_def" messageRef="${message()}" /></bpmn:intermediateCatchEvent>`,
          `<bpmn:exclusiveGateway id="${merge}" />`,
        );
        const a = write(block.afterTimer, out);
        const b = write(block.afterMessage, out);
        flow(gateway, timer);
        flow(gateway, awaited);
        flow(timer, a.entry);
        flow(awaited, b.entry);
        flow(a.exit, merge);
        flow(b.exit, merge);
        return { entry: gateway, exit: merge };
      }
      case 'sub': {
        const id = next('Sub');
        const inside: string[] = [];
        const start = next('Start');
        const end = next('End');
        inside.push(`<bpmn:startEvent id="${start}" />`, `<bpmn:endEvent id="${end}" />`);
        const body = write(block.body, inside);
        inside.push(`<bpmn:sequenceFlow id="${next('F')}" sourceRef="${start}" targetRef="${body.entry}" />`);
        inside.push(`<bpmn:sequenceFlow id="${next('F')}" sourceRef="${body.exit}" targetRef="${end}" />`);
        out.push(`<bpmn:subProcess id="${id}">\n      ${inside.join('\n      ')}\n    </bpmn:subProcess>`);
        return { entry: id, exit: attach(id, block.boundaries) };
      }
      case 'loop': {
        const back = next('Again');
        const decide = next('Task');
        const repeat = next('Repeat');
        const done = next('Done');
        const onward = next('F');
        out.push(
          `<bpmn:exclusiveGateway id="${back}" />`,
          `<bpmn:userTask id="${decide}" std:role="worker" std:form="decide" std:sla="P1D" />`,
          `<bpmn:exclusiveGateway id="${repeat}" default="${onward}" />`,
          `<bpmn:exclusiveGateway id="${done}" />`,
        );
        const body = write(block.body, out);
        flow(back, body.entry);
        flow(body.exit, decide);
        flow(decide, repeat);
        flow(repeat, back, cond('again = true'));
        flow(repeat, done, '', onward);
        return { entry: back, exit: done };
      }
    }
  };

  const out: string[] = [];
  const body = write(root, out);
  out.push('<bpmn:startEvent id="start" />', '<bpmn:endEvent id="end" />');
  out.push(`<bpmn:sequenceFlow id="${next('F')}" sourceRef="start" targetRef="${body.entry}" />`);
  out.push(`<bpmn:sequenceFlow id="${next('F')}" sourceRef="${body.exit}" targetRef="end" />`);
  return { body: out.map((line) => `    ${line}`).join('\n'), definitions: messages.join(''), shape: shapeOf(root) };
}

function shapeOf(block: Block): string {
  const marks = (list: Boundary[]) => (list.length ? `[${list.map((b) => `${b.on}${b.interrupting ? '!' : ''}`).join(',')}]` : '');
  switch (block.kind) {
    case 'task':
      return `task${marks(block.boundaries)}`;
    case 'call':
      return `call${marks(block.boundaries)}`;
    case 'service':
    case 'message':
    case 'receive':
    case 'timer':
      return block.kind;
    case 'seq':
    case 'xor':
    case 'and':
      return `${block.kind}(${block.items.map(shapeOf).join(', ')})`;
    case 'race':
      return `race(${shapeOf(block.afterTimer)} | ${shapeOf(block.afterMessage)})`;
    case 'sub':
      return `sub${marks(block.boundaries)}(${shapeOf(block.body)})`;
    case 'loop':
      return `loop(${shapeOf(block.body)})`;
  }
}
