/**
 * @jingzhun/api — the HTTP API of the platform and the server of the built editor.
 *
 * @example
 *   import { createApp } from '@jingzhun/api';
 */
export { createApp, type AppDeps } from './app';
export { loadConfig, ConfigError, type ApiConfig } from './config';
export { createLogger } from './logger';
