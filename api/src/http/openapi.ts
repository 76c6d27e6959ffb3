/**
 * The OpenAPI 3.1 description, generated from the same route declarations and schemas that validate
 * requests and responses, and the interactive viewer (Swagger UI) at /api/docs.
 */
import path from 'node:path';
import express, { type Router } from 'express';
import { ErrorSchema } from '../schemas/common';
import type { AnyRouteSpec } from './route';
import { MEDIA_TYPES } from './table-export';

function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Plain JSON Schema: TypeBox's symbol-keyed metadata does not survive JSON. */
function plain(schema: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

function parameters(spec: AnyRouteSpec): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const object = plain(schema) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property });
    }
  }
  return out;
}

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Invalid input; `details` locate each problem by JSON pointer (`/query/…`, `/path/…` or into the body) or BPMN element id',
  '401': 'Not signed in, or the token expired',
  '403': 'The caller’s role may not do this',
  '404': 'Not found (or outside the caller’s district or organisation)',
  '409': 'Conflict with the current state (stale revision, lost race, illegal transition)',
  '413': 'The request body is larger than the server accepts',
  '415': 'The request body is not in the media type the operation takes',
  '429': 'Too many attempts; try again later',
};

/** The error statuses an operation can answer with, by what it takes and who may call it. */
function errorStatuses(spec: AnyRouteSpec): string[] {
  const statuses = ['400', '404', '409'];
  if (spec.permission !== 'public') statuses.push('401');
  if (spec.permission !== 'public' && spec.permission !== 'authenticated') statuses.push('403');
  if (spec.body || spec.consumes) statuses.push('413', '415');
  if (spec.path === '/auth/login') statuses.push('429');
  return statuses.sort();
}

/** A non-JSON body (a zip): bytes of that media type. */
function binary(mediaType: string): Record<string, unknown> {
  return { [mediaType]: { schema: { type: 'string', contentMediaType: mediaType } } };
}

export function buildOpenApi(routes: readonly AnyRouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const key = openApiPath(spec.path);
    const status = String(spec.status ?? 200);
    const responses: Record<string, unknown> = {};
    if (status === '204') responses[status] = { description: 'Done' };
    else if (spec.produces) responses[status] = { description: 'OK', content: binary(spec.produces) };
    else {
      const json = { 'application/json': { schema: spec.response ? plain(spec.response) : {} } };
      // A route with tables answers `?format=csv|xlsx` with the same rows as a file.
      const files = spec.exportTables ? { ...binary(MEDIA_TYPES.csv), ...binary(MEDIA_TYPES.xlsx) } : {};
      responses[status] = { description: spec.exportTables ? 'OK: JSON, or with `format` a CSV or XLSX file of the same rows' : 'OK', content: { ...json, ...files } };
    }
    for (const code of errorStatuses(spec)) {
      responses[code] = { description: ERROR_RESPONSES[code], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    const operation: Record<string, unknown> = {
      summary: spec.summary,
      tags: spec.tags,
      operationId: `${spec.method}${key.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(spec),
      responses,
      ...(spec.permission === 'public' ? { security: [] } : { 'x-permission': spec.permission }),
    };
    if (spec.consumes) operation['requestBody'] = { required: true, content: binary(spec.consumes) };
    else if (spec.body) operation['requestBody'] = { required: true, content: { 'application/json': { schema: plain(spec.body) } } };
    paths[`/api${key}`] = { ...(paths[`/api${key}`] ?? {}), [spec.method]: operation };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: '精准 Jingzhun API',
      version,
      description: '社会工作参与精准救助服务标准平台 — service standards, cases, tasks and supervision.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: plain(ErrorSchema) },
    },
    paths,
  };
}

const VIEWER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>精准 Jingzhun API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/viewer.js"></script></body></html>`;

const VIEWER_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true, persistAuthorization: true });`;

/** `/openapi.json` and the viewer at `/docs`, mounted under /api. */
export function openApiRoutes(document: () => Record<string, unknown>): Router {
  const router = express.Router();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const assets = (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
  router.get('/openapi.json', (_req, res) => {
    res.json(document());
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(VIEWER);
  });
  router.get('/docs/viewer.js', (_req, res) => {
    res.type('js').send(VIEWER_SCRIPT);
  });
  router.use('/docs/assets', express.static(path.resolve(assets), { index: false, maxAge: '1d' }));
  return router;
}
