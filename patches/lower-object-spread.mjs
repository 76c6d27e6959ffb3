/**
 * Rewrites, in the CommonJS files of a folder, every object literal that spreads an object
 * and has anything after or around it (`{ ...a, b }`, `{ ...a, ...b }`) into a call of one helper,
 * `_jzSpread(a, { b })`, that copies as described at HELPER. Node 20's V8 builds such a literal about fifty
 * times slower than `{ ...a }` alone (≈ 1 µs instead of 0.02 µs), and bpmn-elements and its message
 * broker smqp build one or more for every broker message: thousands per case command.
 *
 * `build-from-source.mjs` runs it over each build of bpmn-elements and smqp, after compiling. Literals
 * with methods, accessors or a `__proto__` key are left as they are; an own `__proto__` key of a spread
 * object stays an own property, as with the spread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const HELPER_NAME = '_jzSpread';
/**
 * Copies each source as a spread does: its own enumerable keys, then its own enumerable symbols, as data
 * properties of a new plain object. A small source is copied with `Object.assign`, the fastest copy into
 * an empty object. But every key `Object.assign` adds is a keyed store, and past sixteen keys a keyed
 * store turns the object into a dictionary (Node 20's V8), which every later read and copy of it pays
 * for; bpmn-elements copies and extends message contents of 18–23 keys. So a first source of more than
 * sixteen keys (or with an own `__proto__` key, which must stay an own property) is copied with a real
 * spread, which keeps its shape; a later source is assigned only while the copy stays at sixteen keys
 * or fewer (an upper bound: a key counted twice only sends a copy the slower way), else each key still
 * enumerable when its turn comes (as a spread checks) is defined with `Object.defineProperty`, which
 * keeps the object fast. That is Node 20's helper (`_jzSpreadAssign`); on Node 24, whose V8 builds such
 * literals fast, the helper spreads natively (`_jzSpreadNative`): `bench/patches` measured the
 * Object.assign copy 1.36× as fast as published on Node 20 and 0.84× on Node 24. The Node is read when
 * the file loads, so one install serves both.
 */
const HELPER =
  `function ${HELPER_NAME}Assign() { var t = {}, empty = true, n = 0, own = Object.prototype.hasOwnProperty; ` +
  `for (var i = 0; i < arguments.length; i++) { var s = arguments[i]; if (s == null) continue; ` +
  `var keys = Object.keys(s); var proto = typeof s === "object" && own.call(s, "__proto__"); ` +
  `if (empty) { empty = false; n = keys.length; if (proto || n > 16) t = { ...s }; else Object.assign(t, s); continue; } ` +
  `if (!proto && n + keys.length <= 16) { Object.assign(t, s); n += keys.length; continue; } ` +
  `if (typeof s === "object" || typeof s === "function") keys = keys.concat(Object.getOwnPropertySymbols(s)); ` +
  `for (var j = 0; j < keys.length; j++) { var k = keys[j]; if (!Object.prototype.propertyIsEnumerable.call(s, k)) continue; ` +
  `var v = s[k]; if (own.call(t, k)) t[k] = v; ` +
  `else Object.defineProperty(t, k, { value: v, writable: true, enumerable: true, configurable: true }); } ` +
  `n += keys.length; } return t; }\n` +
  // Node 24's V8 builds a literal that spreads and adds as fast as it should: there the helper spreads.
  `function ${HELPER_NAME}Native(a, b, c) { switch (arguments.length) { case 2: return { ...a, ...b }; case 3: return { ...a, ...b, ...c }; ` +
  `default: var t = {}; for (var i = 0; i < arguments.length; i++) t = { ...t, ...arguments[i] }; return t; } }\n` +
  `var ${HELPER_NAME} = +process.versions.node.split(".")[0] < 24 ? ${HELPER_NAME}Assign : ${HELPER_NAME}Native;\n`;

const isProtoKey = (p) => !p.computed && ((p.key.type === 'Identifier' && p.key.name === '__proto__') || (p.key.type === 'Literal' && p.key.value === '__proto__'));

function isSlowSpread(node) {
  if (node.type !== 'ObjectExpression' || node.properties.length < 2) return false;
  if (!node.properties.some((p) => p.type === 'SpreadElement')) return false;
  return node.properties.every((p) => p.type === 'SpreadElement' || (p.kind === 'init' && !p.method && !isProtoKey(p)));
}

/** The literals to rewrite as a tree: each with the rewritten literals inside it. */
function findLiterals(ast) {
  const top = [];
  const visit = (node, into) => {
    // The helper's own spreads (a second run meets them) stay as they are.
    if (node.type === 'FunctionDeclaration' && node.id?.name.startsWith(HELPER_NAME)) return;
    let children = into;
    if (isSlowSpread(node)) {
      const literal = { node, inner: [] };
      into.push(literal);
      children = literal.inner;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const v of value) if (v && typeof v.type === 'string') visit(v, children);
      if (value && typeof value.type === 'string') visit(value, children);
    }
  };
  visit(ast, top);
  return top;
}

export function lowerObjectSpread(source) {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  let count = 0;
  const text = (from, to, literals) => {
    let out = '';
    let at = from;
    for (const literal of literals.filter((l) => l.node.start >= from && l.node.end <= to).sort((a, b) => a.node.start - b.node.start)) {
      out += source.slice(at, literal.node.start) + call(literal);
      at = literal.node.end;
    }
    return out + source.slice(at, to);
  };
  const call = ({ node, inner }) => {
    count += 1;
    const args = [];
    let group = [];
    const flush = () => {
      if (group.length) args.push(`{ ${group.join(', ')} }`);
      group = [];
    };
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        flush();
        args.push(text(p.argument.start, p.argument.end, inner));
      } else {
        group.push(text(p.start, p.end, inner));
      }
    }
    flush();
    return `${HELPER_NAME}(${args.join(', ')})`;
  };
  const body = text(0, source.length, findLiterals(ast));
  if (!count) return { code: source, count };
  const strict = /^"use strict";\n/.exec(body);
  const code = strict ? strict[0] + HELPER + body.slice(strict[0].length) : HELPER + body;
  parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  return { code, count };
}

/** Lowers every `.js` file under `folder` in place; returns how many literals it rewrote. */
export function lowerFolder(folder) {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) total += lowerFolder(file);
    else if (entry.name.endsWith('.js')) {
      const { code, count } = lowerObjectSpread(fs.readFileSync(file, 'utf8'));
      if (count) fs.writeFileSync(file, code);
      total += count;
    }
  }
  return total;
}

