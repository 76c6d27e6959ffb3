/**
 * Junk to every route: wrong types, huge strings and arrays, unknown fields, broken JSON, odd content
 * types, unstorable characters, mangled paths and queries. Whatever comes in, the answer is a 4xx with
 * the error shape, never a 5xx. Routes come from the registry, so a new route is covered at once.
 */
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { storeTargets } from '@jingzhun/engine/testing';
import { openHttpHarness, type HttpHarness, type Person } from './support/http-harness';
import { deployFixtures } from './support/fixture-standards';
import { publishSample, SAMPLE_CODE, startCase } from './support/sample-flow';

const HUGE = 'x'.repeat(200_000);
const JUNK_VALUES: unknown[] = [null, true, -1, 1e308, 'x', HUGE, '\u0000', '\ud800', [], Array.from({ length: 20_000 }, (_, i) => i), {}, { a: { b: { c: 1 } } }];

/** Deep nesting past any real document. */
function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

interface Junk {
  label: string;
  path?: (path: string) => string;
  query?: string;
  type?: string;
  body?: string | Buffer | object;
  headers?: Record<string, string>;
}

function junkFor(fields: string[]): Junk[] {
  const junk: Junk[] = [
    { label: 'broken JSON', type: 'application/json', body: '{"a":' },
    { label: 'JSON null', type: 'application/json', body: 'null' },
    { label: 'JSON array', type: 'application/json', body: '[1,2,3]' },
    { label: 'JSON string', type: 'application/json', body: '"x"' },
    { label: 'plain text', type: 'text/plain', body: 'hello' },
    { label: 'form', type: 'application/x-www-form-urlencoded', body: 'a=1&b=2' },
    { label: 'multipart', type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' },
    { label: 'zip on JSON', type: 'application/zip', body: Buffer.from('PK\u0003\u0004junk') },
    { label: 'utf-16 JSON', type: 'application/json; charset=utf-16', body: '{}' },
    { label: 'gzip junk', type: 'application/json', body: Buffer.from('not gzip'), headers: { 'Content-Encoding': 'gzip' } },
    { label: 'gzip JSON', type: 'application/json', body: gzipSync('{"unknown":1}'), headers: { 'Content-Encoding': 'gzip' } },
    { label: 'brotli', type: 'application/json', body: Buffer.from('x'), headers: { 'Content-Encoding': 'br-unknown' } },
    { label: 'unknown field', body: { surprise: 1 } },
    { label: 'deep nesting', body: { surprise: deep(5000) } },
    { label: 'NUL in a key', body: { 'a\u0000': 1 } },
    { label: 'too many fields', body: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i])) },
    { label: 'mangled path', path: (p) => p.replace(/\/[^/]+$/, '/%E0%A4%A') },
    { label: 'huge path segment', path: (p) => p.replace(/[^/]+$/, 'y'.repeat(10_000)) },
    { label: 'path with NUL', path: (p) => p.replace(/[A-Z0-9-]{6,}|[0-9a-f-]{36}/i, '%00') },
    { label: 'junk query', query: `limit=-5&limit=abc&status=${'s'.repeat(5000)}&cursor=%00&from=yesterday&version=0x10&q=%FF&unknown=1` },
    { label: 'array query', query: 'standard=A&standard=B&overdue=maybe&open=2&caseId=..%2F..%2Fetc' },
    // Node itself refuses a URL over 16 KiB (431) before the app sees it; just under that reaches the app.
    { label: 'huge query', query: `q=${'z'.repeat(15_000)}&actor=${'a'.repeat(500)}` },
  ];
  for (const field of fields) {
    for (const value of JUNK_VALUES) junk.push({ label: `${field} = ${JSON.stringify(value)?.slice(0, 20)}`, body: { [field]: value } });
  }
  return junk;
}

/** Field names a body of this route takes, from its schema, so junk reaches each of them. */
function bodyFields(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : ['data'];
}

describe.each(storeTargets())('no input makes the server fail, on $kind', (target) => {
  let h: HttpHarness;
  let paths: Record<string, string>;
  beforeAll(async () => {
    h = await openHttpHarness(target);
    await publishSample(h);
    await deployFixtures(h);
    const c = await startCase(h, 'dongcheng.worker');
    paths = { ':code': SAMPLE_CODE, ':version': '1', ':district': 'dongcheng', ':standard': SAMPLE_CODE, ':id': c.id };
  });
  afterAll(() => h.close());

  it('answers every route’s junk with a 4xx error body', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of h.app.services.routes.routes) {
      const path = `/api${route.path.replace(/:[a-z]+/g, (p) => paths[p] ?? 'x')}`;
      const people: Person[] = route.permission === 'standards.review' ? ['reviewer', 'dongcheng.worker'] : ['admin', 'dongcheng.worker'];
      for (const person of people) {
        for (const junk of junkFor(bodyFields(route.body))) {
          const url = `${junk.path ? junk.path(path) : path}${junk.query ? `?${junk.query}` : ''}`;
          let req = request(h.app)[route.method](url).set('Authorization', `Bearer ${h.tokens[person]}`);
          for (const [name, value] of Object.entries(junk.headers ?? {})) req = req.set(name, value);
          if (junk.type) req = req.set('Content-Type', junk.type);
          const res = junk.body === undefined ? await req : await req.send(junk.body as object);
          sent += 1;
          const shaped = typeof res.body?.code === 'string' && typeof res.body?.message === 'string';
          if (res.status >= 500 || (res.status >= 400 && !shaped)) {
            failures.push(`${route.method.toUpperCase()} ${route.path} as ${person}, ${junk.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  }, 600_000);
});
