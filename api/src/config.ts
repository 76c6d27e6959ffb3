/**
 * The one place the API process reads its settings. Every setting is validated at start; a bad one
 * stops the process with a message that names it.
 *
 * @example
 *   const config = loadConfig(process.env);
 */
import path from 'node:path';
import { DEFAULT_PASSWORD_COST } from './accounts/passwords';

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Connections to PostgreSQL this process keeps; the store's default (two per core) when unset. */
  databasePoolSize: number | undefined;
  dataDir: string;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Folder of the built editor served at `/`. */
  editorDir: string;
  /** Seed demo content and accounts on the first start of an empty store. */
  demo: boolean;
  /** Sign-in attempts allowed per minute for one address and username. */
  loginRateLimit: number;
  /** bcrypt cost of passwords set from now on (each step doubles the work of one sign-in and of one guess). */
  passwordHashCost: number;
  /** How often the timer worker looks for due timers, in milliseconds. */
  workerPollMs: number;
  /** JSON file with calendar years published after this release (holidays and make-up working days). */
  calendarFile: string | undefined;
  /** Worker threads validating standard documents, off the event loop. */
  validationWorkers: number;
}

/** Thrown when a setting is missing or malformed; `setting` names it. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bytes(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)\s*(b|kb|kib|mb|mib)?$/i.exec(raw.trim());
  if (!match) throw new ConfigError(name, `must be a size such as 1048576, 512kb or 1mb, got "${raw}"`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Number(match[1]) * factor;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env['DATABASE_URL'];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'must be a URL such as postgres://user@host:5432/db');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres://, got "${url.protocol}//"`);
  }
  return raw;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env): ApiConfig {
  const logLevel = (env['LOG_LEVEL'] || 'info') as ApiConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    databasePoolSize: env['DATABASE_POOL_SIZE'] ? integer(env, 'DATABASE_POOL_SIZE', 0, 2, 500) : undefined,
    dataDir: path.resolve(env['DATA_DIR'] || './data'),
    bodyLimit: bytes(env, 'BODY_LIMIT', 1024 * 1024),
    logLevel,
    editorDir: path.resolve(env['EDITOR_DIR'] || path.join(__dirname, '..', '..', 'editor', 'dist')),
    demo: bool(env, 'DEMO', true),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 10, 1, 10000),
    passwordHashCost: integer(env, 'PASSWORD_HASH_COST', DEFAULT_PASSWORD_COST, 4, 15),
    workerPollMs: integer(env, 'WORKER_POLL_MS', 1000, 10, 3_600_000),
    calendarFile: env['CALENDAR_FILE'] ? path.resolve(env['CALENDAR_FILE']) : undefined,
    validationWorkers: integer(env, 'VALIDATION_WORKERS', 1, 1, 8),
  };
}
