/**
 * Routes are declared with their schemas (TypeBox, i.e. JSON Schema): the same schemas validate the
 * request (body, query, path) with the platform's one ajv instance, check the response, and produce the
 * OpenAPI description. Authorisation and auditing are declared on the route too, and so is the answer
 * as tables (`exportTables`): such a route also answers `?format=csv|xlsx` with the same rows as a file.
 *
 * @example
 *   api.add({ method: 'get', path: '/standards/:code', permission: 'standards.read',
 *     params: Type.Object({ code: StandardCode }), response: StandardDetail,
 *     summary: 'One standard', handler: ({ params }) => service.get(params.code) });
 */
import { KindGuard, Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import { compileSchema, detailOf, fromAjvError, type LocalizedText, type Problem } from '@jingzhun/standards';
import type { Accounts } from '../accounts/accounts';
import { UnauthenticatedError } from '../accounts/errors';
import { can, type Permission, type User } from '../accounts/roles';
import type { AuditTrail } from './audit';
import { HttpError } from './errors';
import { languageOf, type Language } from './language';
import { MAX_DEPTH, unstorableText } from './safe-text';
import { requestIdOf } from './request-context';
import { FORMATS, MAX_TABLES, renderTables, type FileFormat, type Format, type Table } from './table-export';

type Method = 'get' | 'post' | 'put' | 'delete';
type Maybe<T extends TSchema | undefined> = T extends TSchema ? Static<T> : undefined;

export interface RouteContext<B, Q, P> {
  req: Request;
  res: Response;
  user: User;
  body: B;
  query: Q;
  params: P;
  lang: Language;
  /** Adds facts to this request's audit record (never personal data). */
  auditDetails(details: Record<string, unknown>): void;
}

/** What a route's tables and file name may depend on besides its answer. */
export interface ExportContext<Q, P> {
  lang: Language;
  query: Q;
  params: P;
}

export interface RouteSpec<
  B extends TSchema | undefined = undefined,
  Q extends TSchema | undefined = undefined,
  P extends TSchema | undefined = undefined,
  R extends TSchema | undefined = undefined,
> {
  method: Method;
  /** Express-style path under /api, e.g. `/standards/:code`. */
  path: string;
  summary: string;
  tags: string[];
  /** `public`: no sign-in; otherwise the permission the caller's role must have. */
  permission: Permission | 'public' | 'authenticated';
  body?: B;
  query?: Q;
  params?: P;
  response?: R;
  /** Success status; 204 sends no body. */
  status?: number;
  /** Media type of a non-JSON response (the handler sends it itself and returns undefined). */
  produces?: string;
  /** Media type of a non-JSON request body (e.g. a zip); the handler reads `req.body` as a Buffer. */
  consumes?: string;
  /** Record reads of this route in the audit log (writes are always recorded). */
  auditReads?: boolean;
  /**
   * The answer as tables: the route then also takes `?format=json|csv|xlsx` (and `?table=` for a CSV)
   * and answers a file with the same rows, under the same permission, scope and audit.
   */
  exportTables?(response: Maybe<R>, ctx: ExportContext<Maybe<Q>, Maybe<P>>): Table[];
  /** The file's name without extension; by default the first table's name and the Beijing date. */
  exportFilename?(response: Maybe<R>, ctx: ExportContext<Maybe<Q>, Maybe<P>>): { zh: string; en: string };
  handler(ctx: RouteContext<Maybe<B>, Maybe<Q>, Maybe<P>>): Promise<Maybe<R> | void> | Maybe<R> | void;
}

// The registry stores routes of every shape; handlers are typed where they are declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any, any>;

export interface RouteDeps {
  accounts: Accounts;
  audit: AuditTrail;
  logger: Logger;
  /** `strict`: a response that breaks its schema is a 500 (tests); `log`: it is logged and sent. */
  responseValidation: 'strict' | 'log';
  /** The moment of an export (its file name and workbook date); the system clock by default. */
  clock?: { now(): Date };
}

/** The query parameters every route with tables takes besides its own. */
const EXPORT_QUERY = {
  format: Type.Optional(
    Type.Union(
      FORMATS.map((f) => Type.Literal(f)),
      { description: 'json (default), or the same rows as a file: csv (one table, UTF-8) or xlsx (a worksheet per table)' },
    ),
  ),
  table: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_TABLES - 1, description: 'which table a CSV holds, from 0 (default 0)' })),
};

/** A route's own query schema with the export parameters added, so validation and OpenAPI show them. */
function withExportQuery(query: TSchema | undefined, path: string): TObject {
  if (query === undefined) return Type.Object(EXPORT_QUERY, { additionalProperties: false });
  if (!KindGuard.IsObject(query)) throw new Error(`${path}: a route with exportTables needs an object query schema`);
  const { properties, required: _required, type: _type, ...options } = query;
  return Type.Object({ ...properties, ...EXPORT_QUERY }, options);
}

/** The format asked for, taken out of the validated query before the handler sees it. */
function splitExportQuery(query: unknown): { query: unknown; format: Format; table: number | undefined } {
  const { format, table, ...rest } = (query ?? {}) as { format?: Format; table?: number };
  return { query: rest, format: format ?? 'json', table };
}

const invalid = (where: LocalizedText): LocalizedText => ({ zh: `${where.zh}无效`, en: `the ${where.en} is invalid` });

const PARTS = { body: { zh: '请求体', en: 'request body' }, query: { zh: '查询参数', en: 'query' }, path: { zh: '路径参数', en: 'path' } };

/** Validates one part of the request; query and path values are strings, so they are converted first. */
function validatePart(schema: TSchema, value: unknown, part: 'body' | 'query' | 'path'): unknown {
  const prefix = part === 'body' ? '' : `/${part}`;
  const where = PARTS[part];
  const unstorable = unstorableText(value);
  if (unstorable !== undefined) {
    throw new HttpError('BAD_REQUEST', invalid(where), [
      {
        pointer: `${prefix}${unstorable}`,
        message: {
          zh: `含有无法保存的字符（NUL 或不成对的代理项），或嵌套超过 ${MAX_DEPTH} 层`,
          en: `contains a character that cannot be stored (NUL or a lone surrogate), or is nested deeper than ${MAX_DEPTH} levels`,
        },
      },
    ]);
  }
  const input = part === 'body' ? value : Value.Convert(schema, Value.Clone(value ?? {}));
  const validate = compileSchema(schema);
  if (validate(input)) return input;
  const errors = validate.errors ?? [];
  // A value matching none of a union's forms: one problem for it, not one per form it missed.
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const reported = new Set<string>();
  const problems: Problem[] = errors
    .filter((e) => {
      if (!unions.has(e.instancePath)) return true;
      if (e.keyword !== 'anyOf' || reported.has(e.instancePath)) return false;
      reported.add(e.instancePath);
      return true;
    })
    .map((e) => {
      const problem = fromAjvError(e, prefix, 'REQUEST_INVALID');
      if (e.keyword === 'additionalProperties') return { ...problem, message: { zh: problem.message.zh, en: 'unknown field' } };
      if (e.keyword === 'anyOf') return { ...problem, message: { zh: '取值不是允许的形式之一', en: 'is none of the allowed forms' } };
      // A rule the shared messages have no Chinese for still reads as Chinese.
      if (problem.message.zh === problem.message.en) return { ...problem, message: { zh: `取值无效：${problem.message.en}`, en: problem.message.en } };
      return problem;
    });
  throw new HttpError('BAD_REQUEST', invalid(where), problems.map(detailOf));
}

function unsupportedMediaType(expected: string): HttpError {
  return new HttpError('UNSUPPORTED_MEDIA_TYPE', { zh: `请求体的内容类型应为 ${expected}`, en: `the request body must be sent as ${expected}` });
}

export class ApiRoutes {
  readonly routes: AnyRouteSpec[] = [];

  add<B extends TSchema | undefined, Q extends TSchema | undefined, P extends TSchema | undefined, R extends TSchema | undefined>(
    spec: RouteSpec<B, Q, P, R>,
  ): this {
    this.routes.push((spec.exportTables ? { ...spec, query: withExportQuery(spec.query, spec.path) } : spec) as AnyRouteSpec);
    return this;
  }

  /** Registers every route on `router` with authentication, validation, authorisation and audit. */
  mount(router: Router, deps: RouteDeps): void {
    for (const spec of this.routes) {
      router[spec.method](spec.path, async (req: Request, res: Response, next: NextFunction) => {
        const lang = languageOf(req);
        const details: Record<string, unknown> = {};
        let user: User | undefined;
        const isWrite = spec.method !== 'get';
        // A file of rows leaves the platform: every export is recorded, with its format.
        res.on('finish', () => {
          if (isWrite || spec.auditReads || details['format'] !== undefined) deps.audit.record({ req, user, status: res.statusCode, details });
        });
        try {
          if (spec.permission !== 'public') {
            const header = req.get('authorization') ?? '';
            const match = /^Bearer\s+(\S+)$/i.exec(header);
            if (!match?.[1]) throw new UnauthenticatedError('missing');
            user = await deps.accounts.authenticate(match[1]);
            if (spec.permission !== 'authenticated' && !can(user, spec.permission)) {
              throw new HttpError('FORBIDDEN', { zh: '当前角色无权执行此操作', en: 'your role may not do this' });
            }
          }
          const params = spec.params ? validatePart(spec.params, req.params, 'path') : undefined;
          let query = spec.query ? validatePart(spec.query, req.query, 'query') : undefined;
          let file: { format: FileFormat; table: number | undefined } | undefined;
          if (spec.exportTables) {
            const asked = splitExportQuery(query);
            query = asked.query;
            if (asked.format !== 'json') {
              file = { format: asked.format, table: asked.table };
              details['format'] = asked.format;
            }
          }
          let body: unknown;
          if (spec.consumes) {
            if (!Buffer.isBuffer(req.body) || !req.is(spec.consumes)) throw unsupportedMediaType(spec.consumes);
            body = req.body;
          } else if (spec.body) {
            // A body in another format than JSON was not parsed; say so instead of "fields missing".
            if (req.is('application/json') === false) throw unsupportedMediaType('application/json');
            body = validatePart(spec.body, req.body ?? {}, 'body');
          }
          const result = await spec.handler({
            req,
            res,
            user: user as User,
            body,
            query,
            params,
            lang,
            auditDetails: (more) => Object.assign(details, more),
          });
          if (res.headersSent) return;
          const status = spec.status ?? 200;
          if (status === 204 || result === undefined) {
            res.status(status === 200 ? 204 : status).end();
            return;
          }
          if (spec.response) {
            const validate = compileSchema(spec.response);
            if (!validate(result)) {
              deps.logger.error({ requestId: requestIdOf(res), path: spec.path, errors: validate.errors?.slice(0, 5) }, 'response does not match its schema');
              if (deps.responseValidation === 'strict') {
                throw new Error(`response of ${spec.method.toUpperCase()} ${spec.path} breaks its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
              }
            }
          }
          if (file && spec.exportTables) {
            const ctx = { lang, query, params };
            const rendered = await renderTables(spec.exportTables(result, ctx), {
              ...file,
              lang,
              now: deps.clock?.now() ?? new Date(),
              filename: spec.exportFilename?.(result, ctx),
            });
            res
              .status(status)
              .set({ 'Content-Type': rendered.contentType, 'Content-Disposition': rendered.contentDisposition, 'Cache-Control': 'no-store' })
              .send(rendered.body);
            return;
          }
          res.status(status).json(result);
        } catch (error) {
          next(error);
        }
      });
    }
  }
}

