/**
 * The installed bpmn-elements and smqp build object spreads with one helper (patches/README.md, patch 1),
 * Node 20's or Node 24's as the process's Node is: each must make what a native spread makes — the same
 * keys in the same order, the same values, own data properties, the plain prototype — for every kind of
 * source bpmn-elements spreads, including message contents of more than sixteen keys, which Node 20's
 * helper copies another way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The builds bpmn-elements loads (their `dist` folders), not any other copy in the tree.
const bpmnElementsDist = path.dirname(require.resolve('bpmn-elements'));
const smqpDist = path.dirname(createRequire(require.resolve('bpmn-elements')).resolve('smqp'));

/** The two helpers as installed in one patched file: Node 20's and the one Node 24 uses. */
function installedHelpers(file: string): Record<'Assign' | 'Native', (...sources: unknown[]) => Record<PropertyKey, unknown>> {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n').filter((l) => l.startsWith('function _jzSpread'));
  if (lines.length !== 2) throw new Error(`${file} carries no spread helpers: did the install lower its spreads?`);
  return new Function(`${lines.join('\n')}\nreturn { Assign: _jzSpreadAssign, Native: _jzSpreadNative };`)() as ReturnType<typeof installedHelpers>;
}

const spreadNatively = (...sources: unknown[]) => sources.reduce<Record<PropertyKey, unknown>>((copy, s) => ({ ...copy, ...(s as object) }), {});

function described(o: Record<PropertyKey, unknown>) {
  return {
    prototype: Object.getPrototypeOf(o) as unknown,
    keys: Reflect.ownKeys(o).map((k) => [String(k), Object.getOwnPropertyDescriptor(o, k)]),
  };
}

const content = (n: number, prefix = 'k') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, { i }]));
const marker = Symbol('marker');
const hiddenKey = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
const protoKey = JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as object;
const inherited = Object.create({ fromPrototype: 1 }) as Record<string, unknown>;
inherited['own'] = 2;
/** A first source of more than sixteen keys is copied by a real spread: symbols, and a getter read once into a data property. */
const largeOdd = Object.defineProperty({ ...content(18), [marker]: 'large' }, 'computed', { get: () => 42, enumerable: true });

const cases: Array<[string, unknown[]]> = [
  ['a small object and a literal', [{ id: 'a', type: 'bpmn:Task' }, { state: 'enter' }]],
  ['a message content of 18 keys extended by 3', [content(18), { state: 'end', output: 1, isRootScope: true }]],
  ['two large objects with shared keys', [content(20), { ...content(10), k3: 'replaced', extra: 1 }]],
  ['a large object overwritten at its first key', [content(22), { k0: 'last' }]],
  ['symbols after keys', [{ a: 1, [marker]: 'first' }, content(17, 'm'), { [marker]: 'second' }]],
  ['non-enumerable and inherited keys left out', [hiddenKey, inherited, content(16)]],
  ['an own __proto__ key stays an own key', [protoKey, { b: 1 }]],
  ['an own __proto__ key in a later, large source', [content(17), protoKey]],
  ['a large first source with a symbol and a getter, alone and extended', [largeOdd, { state: 'end', [marker]: 'later' }]],
  ['a large first source with an own __proto__ key', [Object.assign(JSON.parse('{"__proto__": {"polluted": true}}') as object, content(17))]],
  ['null, undefined, strings and numbers', [null, 'ab', undefined, 5, { c: 1 }]],
  ['arrays copy their indices', [['x', 'y'], { length: 'own' }]],
];

describe.each([
  ['bpmn-elements', 'Assign', path.join(bpmnElementsDist, 'messageHelper.js')],
  ['bpmn-elements', 'Native', path.join(bpmnElementsDist, 'messageHelper.js')],
  ['smqp', 'Assign', path.join(smqpDist, 'Queue.js')],
  ['smqp', 'Native', path.join(smqpDist, 'Queue.js')],
] as const)('the object spread of the patched %s (_jzSpread%s)', (_name, helper, file) => {
  const spread = installedHelpers(file)[helper];

  it.each(cases)('makes what a native spread makes: %s', (_label, sources) => {
    const copy = spread(...sources);
    expect(described(copy)).toEqual(described(spreadNatively(...sources)));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('makes a new object and leaves its sources as they were', () => {
    const first = content(18);
    const second = { state: 'end' };
    const copy = spread(first, second);
    copy['k0'] = 'changed';
    expect(first['k0']).toEqual({ i: 0 });
    expect(Object.keys(first)).toHaveLength(18);
    expect(second).toEqual({ state: 'end' });
  });
});
