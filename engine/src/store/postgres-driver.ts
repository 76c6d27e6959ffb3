import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Pool, types as pgTypes, type PoolClient } from 'pg';
import { createPgListener, type PgListener } from './pg-listener';
import type { Driver, QueryOptions, QueryResult, Queryable } from './store';
import { parsers } from './type-parsers';

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    parsers[oid] ?? pgTypes.getTypeParser(oid, format as 'text')) as typeof pgTypes.getTypeParser,
};

/** Any 64-bit number will do, as long as every process of the platform uses the same one. */
const MIGRATION_LOCK_KEY = 4_173_201_017;

/** Prepared statements are named after their text, so one text is prepared once per connection. */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `jz_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

function wrap(client: Pool | PoolClient): Queryable {
  return {
    async query<R>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>> {
      const values = params as unknown[] | undefined;
      const result = options?.prepare ? await client.query({ name: statementName(text), text, values }) : await client.query(text, values);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    },
    async exec(script: string): Promise<void> {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await client.query(script);
    },
  };
}

/**
 * Connections a process keeps unless told otherwise: two per core. More statements at once than the
 * database's cores can run only wait inside PostgreSQL, where their processes contend for the CPU with
 * this one; measured here (2 cores, server and database on one machine), ten connections let a burst of
 * requests run ten statements at once and stall the server for seconds, four did not (bench/RESULTS.md,
 * eighth run). A process that shares its machine or database with others may want fewer.
 */
function defaultPoolSize(): number {
  return Math.max(2, 2 * availableParallelism());
}

export interface PostgresDriverOptions {
  connectionString: string;
  /** Connections kept open by this process; `defaultPoolSize()` when absent. */
  poolSize?: number;
  /** Schema put first on the search path of every connection (tests use one schema each). */
  schema?: string;
}

export function createPostgresDriver(options: PostgresDriverOptions): Driver {
  const pool = new Pool({
    connectionString: options.connectionString,
    // The migration lock holds one connection while the migrations run on another: one is never enough.
    max: Math.max(2, options.poolSize ?? defaultPoolSize()),
    // Connections stay open when idle (pg closes them after 10 s): a new one pays its handshake and
    // then parses and plans every prepared statement again, so the connections a quiet spell closed
    // made the next burst of requests slower still (latency spikes of 100–300 ms every 10 s or so).
    idleTimeoutMillis: 0,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const root = wrap(pool);
  // Opened by the first listen only: a store nobody listens on keeps no extra connection.
  let listener: PgListener | undefined;
  // Processes on the same schema hear each other; other schemas (tests, benchmarks) do not.
  // PostgreSQL keeps 63 bytes of a channel's name.
  const namespace = `jz_${(options.schema ?? 'public').toLowerCase()}_`;
  const channelName = (channel: string) => Buffer.from(namespace + channel).subarray(0, 63).toString();

  return {
    kind: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withMigrationLock(fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    channelName,
    listen(channel, heard) {
      listener ??= createPgListener({ connectionString: options.connectionString, application_name: 'jingzhun-listener' });
      return listener.listen(channelName(channel), heard);
    },
    async close() {
      await listener?.close();
      await pool.end();
    },
  };
}
