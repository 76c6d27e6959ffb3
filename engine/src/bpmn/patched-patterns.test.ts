/**
 * bpmn-elements' broker (smqp) matches routing keys against binding patterns where `*` stands for one
 * word and `#` for any run of words. Upstream compiles every such pattern into a RegExp; the patch
 * (patches/README.md, patch 7) matches patterns of plain characters without one, because bpmn-elements
 * binds a pattern of its own (holding an execution id) in every command, and each new RegExp is
 * compiled into code that lives in the old generation. These tests hold the patched matcher to
 * upstream's RegExp for every pattern and key.
 */
import { createRequire } from 'node:module';

interface Pattern {
  test(routingKey: string): boolean;
}
interface Message {
  fields: { routingKey: string };
  ack(): void;
}
interface Broker {
  assertExchange(name: string, type: 'topic'): void;
  assertQueue(name: string): void;
  bindQueue(queue: string, exchange: string, pattern: string): void;
  consume(queue: string, onMessage: (routingKey: string, message: Message) => void): void;
  publish(exchange: string, routingKey: string, content?: unknown): void;
}

// The smqp bpmn-elements loads, not any other copy in the tree.
const smqp = createRequire(require.resolve('bpmn-elements'))('smqp') as { getRoutingKeyPattern(pattern: string): Pattern; Broker: () => Broker };

/** Upstream's pattern: dots literal, `*` one or more characters but a dot, `#` any characters, anchored. */
function upstream(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^.]+?').replace(/#/g, '.*?')}$`);
}

/** A small deterministic generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('routing-key patterns of the broker bpmn-elements runs on', () => {
  it('match as upstream for the patterns bpmn-elements binds', () => {
    const cases: Array<[string, string[]]> = [
      ['#.signal.*', ['activity.signal.Task_1', 'definition.signal', 'signal.x', 'a.b.signal.c', 'a.signal.', 'a.signal.b.c', '.signal.x']],
      ['activity.*.Task_intake_8ddb9cfd44', ['activity.wait.Task_intake_8ddb9cfd44', 'activity.wait.Task_intake_other', 'activity..Task_intake_8ddb9cfd44', 'activity.a.b.Task_intake_8ddb9cfd44']],
      ['activity.#.Task_intake_8ddb9cfd44', ['activity.wait.Task_intake_8ddb9cfd44', 'activity.a.b.Task_intake_8ddb9cfd44', 'activity..Task_intake_8ddb9cfd44', 'activityTask_intake_8ddb9cfd44']],
      ['definition.*.Definitions_sample_ba492eceda', ['definition.run.Definitions_sample_ba492eceda', 'definition.run.Definitions_sample', 'process.run.Definitions_sample_ba492eceda']],
      ['*.*', ['a.b', 'a', 'a.b.c', '.b', 'a.']],
      ['a*b#', ['axb', 'ab', 'axbyz', 'a.b', 'axxb.c']],
    ];
    for (const [pattern, keys] of cases) {
      const patched = smqp.getRoutingKeyPattern(pattern);
      for (const key of keys) expect([pattern, key, patched.test(key)]).toEqual([pattern, key, upstream(pattern).test(key)]);
    }
  });

  it('match as upstream for random patterns and keys, line breaks and empty words included', () => {
    const next = random(7);
    const pick = (items: string[], length: number) => Array.from({ length }, () => items[Math.floor(next() * items.length)]).join('');
    let compared = 0;
    for (let i = 0; i < 20_000; i++) {
      const pattern = pick(['a', 'b', '.', '*', '#', '\n', 'ab'], 1 + Math.floor(next() * 6));
      // Patterns without a wildcard, or with one `#` at the end only, take upstream's own shortcuts.
      if (!/\*|#(?!$)/.test(pattern)) continue;
      const key = pick(['a', 'b', '.', '\n', 'ab', '*', '#', '\u2028'], Math.floor(next() * 8));
      expect([pattern, key, smqp.getRoutingKeyPattern(pattern).test(key)]).toEqual([pattern, key, upstream(pattern).test(key)]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('compile a pattern with other characters of RegExp syntax as upstream does, once', () => {
    for (const [pattern, key, matches] of [
      ['a+.*', 'aa.b', true],
      ['a+.*', 'a+.b', false],
      ['(x|y).*', 'y.z', true],
      ['(x|y).*', 'z.z', false],
      ['[ab].*', 'b.c', true],
      ['[ab].*', '[ab].c', false],
    ] as const) {
      expect(smqp.getRoutingKeyPattern(pattern).test(key)).toBe(matches);
      expect(upstream(pattern).test(key)).toBe(matches);
    }
    expect(smqp.getRoutingKeyPattern('a+.*')).toBe(smqp.getRoutingKeyPattern('a+.*'));
  });

  it('match plain patterns without compiling a RegExp', () => {
    expect(smqp.getRoutingKeyPattern('activity.*.Task_1')).not.toBeInstanceOf(RegExp);
    expect(smqp.getRoutingKeyPattern('#.signal.*')).not.toBeInstanceOf(RegExp);
  });

  it('route published messages to the queues whose bindings match', () => {
    const broker = smqp.Broker();
    broker.assertExchange('event', 'topic');
    const received: Record<string, string[]> = { one: [], deep: [], signal: [] };
    for (const [queue, pattern] of [
      ['one', 'activity.*.Task_1'],
      ['deep', 'activity.#.Task_1'],
      ['signal', '#.signal.*'],
    ] as const) {
      broker.assertQueue(queue);
      broker.bindQueue(queue, 'event', pattern);
      broker.consume(queue, (routingKey, message) => {
        received[queue]!.push(routingKey);
        message.ack();
      });
    }
    for (const key of ['activity.wait.Task_1', 'activity.a.b.Task_1', 'activity.wait.Task_2', 'process.signal.Task_1', 'activity.signal.Task_1']) broker.publish('event', key);
    expect(received).toEqual({
      one: ['activity.wait.Task_1', 'activity.signal.Task_1'],
      deep: ['activity.wait.Task_1', 'activity.a.b.Task_1', 'activity.signal.Task_1'],
      signal: ['process.signal.Task_1', 'activity.signal.Task_1'],
    });
  });
});
