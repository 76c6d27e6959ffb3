/**
 * @jingzhun/api — the HTTP API of the platform and the server of the built editor.
 *
 * @example
 *   import { createApp } from '@jingzhun/api';
 */
export { createApp, type AppDeps } from './app';
export { loadConfig, ConfigError, type ApiConfig } from './config';
export { createLogger } from './logger';
export { startServer, type StartOptions, type StartedServer } from './start-server';
export type { App, AppServices } from './app';
export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, seedAccounts } from './seed/demo-accounts';
export type { Progress, ProgressJob } from './system/progress';
