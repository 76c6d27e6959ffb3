import request from 'supertest';
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { ajv } from '@jingzhun/standards';
import { openHarness, type Harness } from '../test-support/harness';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
}

describe.each([productionStoreTarget()])('the OpenAPI description on $kind', (target) => {
  let h: Harness;
  let doc: { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
  beforeAll(async () => {
    h = await openHarness(target);
    doc = (await request(h.app).get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => h.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method]! })),
    );

  it('is OpenAPI 3.1 in shape: every operation has an id, a summary, responses and a parameter for each path variable', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toEqual(expect.objectContaining({ title: expect.any(String), version: expect.any(String) }));
    const ids = new Set<string>();
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, op.operationId]).toEqual([where, expect.stringMatching(/^[A-Za-z][A-Za-z0-9]*$/)]);
      expect(ids.has(op.operationId!)).toBe(false);
      ids.add(op.operationId!);
      expect([where, typeof op.summary]).toEqual([where, 'string']);
      const codes = Object.keys(op.responses ?? {});
      expect([where, codes.some((c) => /^2\d\d$/.test(c))]).toEqual([where, true]);
      for (const response of Object.values(op.responses ?? {})) expect(typeof response.description).toBe('string');
      const variables = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pathParameters = (op.parameters ?? []).filter((p) => p.in === 'path');
      expect([where, pathParameters.map((p) => p.name).sort()]).toEqual([where, variables.sort()]);
      for (const p of pathParameters) expect(p.required).toBe(true);
      for (const p of op.parameters ?? []) expect(['path', 'query', 'header', 'cookie']).toContain(p.in);
    }
  });

  it('describes every route of the registry, with request and response schemas that are valid JSON Schema', () => {
    const described = operations().map(({ path, method }) => `${method} ${path}`).sort();
    const registered = h.app.services.routes.routes.map((r) => `${r.method} /api${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`).sort();
    expect(described).toEqual(registered);

    expect(ajv.validateSchema(doc.components.schemas['Error'] as object)).toBe(true);
    for (const route of h.app.services.routes.routes) {
      const op = doc.paths[`/api${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`]![route.method]!;
      // A JSON answer always has its schema; only empty (204) and binary answers have none.
      expect([route.path, Boolean(route.response ?? route.produces ?? (route.status === 204 ? 'empty' : undefined))]).toEqual([route.path, true]);
      const success = Object.entries(op.responses!).find(([c]) => /^2\d\d$/.test(c))![1];
      // A route with tables also answers its rows as a CSV or XLSX file (`?format=`).
      const files = route.exportTables ? ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] : [];
      if (route.status !== 204) expect([route.path, Object.keys(success.content ?? {})]).toEqual([route.path, [route.produces ?? 'application/json', ...files]]);
      if (route.response) expect(success.content!['application/json']!.schema).toEqual(JSON.parse(JSON.stringify(route.response)));
      if (route.body) expect(op.requestBody!.content['application/json']!.schema).toEqual(JSON.parse(JSON.stringify(route.body)));
      if (route.consumes) expect(Object.keys(op.requestBody!.content)).toEqual([route.consumes]);
      for (const schema of [success.content?.['application/json']?.schema, op.requestBody?.content['application/json']?.schema, ...(op.parameters ?? []).map((p) => p.schema)]) {
        if (schema) expect(ajv.validateSchema(schema as object)).toBe(true);
      }
      // Every route can fail; its errors have the one documented shape.
      expect(op.responses!['400']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Error' });
      if (route.permission !== 'public') expect(op.responses!['401']).toBeDefined();
      else expect(op.security).toEqual([]);
    }
  });

  it('serves the interactive viewer', async () => {
    expect((await request(h.app).get('/api/docs').expect(200)).text).toContain('swagger-ui-bundle.js');
    expect((await request(h.app).get('/api/docs/viewer.js').expect(200)).text).toContain('/api/openapi.json');
  });
});
