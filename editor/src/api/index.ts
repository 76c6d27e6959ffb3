/**
 * The one typed client of the HTTP API. Components get it from `useApi()`.
 *
 * @example
 *   const api = useApi();
 *   const { items } = await api.listStandards({ status: 'draft' });
 */
export { ApiError, isApiError, type ErrorDetail } from './api-error';
export { HttpClient, buildQuery } from './http-client';
export { SessionStore, type Session } from './session-store';
export { JingzhunApi } from './jingzhun-api';
export type * from './types';
export type * from './types-supervision';
