/**
 * The one place the examples' command-line tools (the case-history simulator) read their settings:
 * the store to write into, as the server does — `DATABASE_URL` for PostgreSQL, else the embedded
 * store in `DATA_DIR`.
 *
 * @example
 *   const { databaseUrl, dataDir } = loadExamplesConfig();
 */
import path from 'node:path';

export interface ExamplesConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

/** Thrown when a setting is malformed; `setting` names it. */
export class ExamplesConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ExamplesConfigError';
  }
}

export function loadExamplesConfig(env: Record<string, string | undefined> = process.env): ExamplesConfig {
  const url = env['DATABASE_URL'] || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ExamplesConfigError('DATABASE_URL', 'must start with postgres://');
  return { databaseUrl: url, dataDir: path.resolve(env['DATA_DIR'] || './data') };
}
