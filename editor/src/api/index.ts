/**
 * The one typed client of the HTTP API. Components get it from `useApi()`. The shapes it sends and
 * receives are the API's own contract (`@jingzhun/api/contract`, derived from the routes' schemas),
 * imported as types only: a schema change that breaks a screen fails the editor's typecheck.
 *
 * @example
 *   const api = useApi();
 *   const { items } = await api.listStandards({ status: 'draft' });
 */
export { isApiError } from './api-error';
export { HttpClient } from './http-client';
export { SessionStore, type Session } from './session-store';
export { JingzhunApi, type DownloadedFile } from './jingzhun-api';
export type * from '@jingzhun/api/contract';
export type { LocalizedText, ServiceRecordKind, ServiceStandard } from './types-standard';
