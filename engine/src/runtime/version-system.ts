/**
 * Published versions: stored once, immutable (the same number again is accepted only with the same
 * hash), retired when superseded, and compiled for bpmn-elements once per process, so every case of a
 * version reuses one compiled definition.
 *
 * @example
 *   await versions.register(version);            // or inside the caller's transaction: register(version, tx)
 *   const { model } = await versions.compiled('BJ-SW-ELDER', 2);
 */
import type { StandardVersion } from '@jingzhun/standards';
import { VersionConflictError, VersionNotFoundError } from '../errors';
import { compileProcess, type ProcessModel, type ValidateStandard } from '../bpmn/process-model';
import type { Queryable } from '../store';
import type { RuntimeResources, VersionSummary } from './types';

export interface CompiledVersion {
  version: StandardVersion;
  model: ProcessModel;
}

interface VersionRow {
  code: string;
  version: number;
  hash: string;
  standard: StandardVersion['standard'];
  status: StandardVersion['status'];
  published_at: Date;
  author: string;
  approver: string;
  changelog: string | null;
}

const CACHE_LIMIT = 256;

export function toVersion(row: VersionRow): StandardVersion {
  return {
    code: row.code,
    version: row.version,
    hash: row.hash,
    standard: row.standard,
    status: row.status,
    publishedAt: row.published_at.toISOString(),
    author: row.author,
    approver: row.approver,
    ...(row.changelog ? { changelog: row.changelog } : {}),
  };
}

export function summaryOf(version: StandardVersion): VersionSummary {
  const { standard: _standard, ...summary } = version;
  return summary;
}

export class VersionSystem {
  private readonly compiledCache = new Map<string, Promise<CompiledVersion>>();

  constructor(
    private readonly resources: RuntimeResources,
    private readonly validate?: ValidateStandard,
  ) {}

  /** Stores a published version; the same version with the same hash again is a no-op. */
  async register(version: StandardVersion, tx?: Queryable): Promise<{ created: boolean }> {
    const q = tx ?? this.resources.store;
    const inserted = await q.query(
      `INSERT INTO standard_versions (code, version, hash, standard, status, published_at, author, approver, changelog)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (code, version) DO NOTHING RETURNING version`,
      [
        version.code,
        version.version,
        version.hash,
        JSON.stringify(version.standard),
        version.status,
        version.publishedAt,
        version.author,
        version.approver,
        version.changelog ?? null,
      ],
    );
    if (inserted.rowCount > 0) {
      this.resources.logger.info({ code: version.code, version: version.version }, 'version registered');
      return { created: true };
    }
    const { rows } = await q.query<{ hash: string }>('SELECT hash FROM standard_versions WHERE code = $1 AND version = $2', [
      version.code,
      version.version,
    ]);
    const existing = rows[0]?.hash ?? '';
    if (existing !== version.hash) throw new VersionConflictError(version.code, version.version, existing);
    return { created: false };
  }

  /** Marks a version retired: it can no longer be deployed; running cases go on. */
  async retire(code: string, version: number, tx?: Queryable): Promise<StandardVersion> {
    const q = tx ?? this.resources.store;
    const { rows } = await q.query<VersionRow>(
      `UPDATE standard_versions SET status = 'retired', retired_at = COALESCE(retired_at, $3)
       WHERE code = $1 AND version = $2 RETURNING *`,
      [code, version, this.resources.clock.now()],
    );
    if (!rows[0]) throw new VersionNotFoundError(code, version);
    return toVersion(rows[0]);
  }

  async get(code: string, version: number, q: Queryable = this.resources.store): Promise<StandardVersion> {
    const { rows } = await q.query<VersionRow>('SELECT * FROM standard_versions WHERE code = $1 AND version = $2', [code, version]);
    if (!rows[0]) throw new VersionNotFoundError(code, version);
    return toVersion(rows[0]);
  }

  async list(code: string): Promise<VersionSummary[]> {
    const { rows } = await this.resources.store.query<VersionRow>(
      'SELECT * FROM standard_versions WHERE code = $1 ORDER BY version',
      [code],
    );
    return rows.map((r) => summaryOf(toVersion(r)));
  }

  async exists(code: string, q: Queryable = this.resources.store): Promise<boolean> {
    const { rows } = await q.query('SELECT 1 FROM standard_versions WHERE code = $1 LIMIT 1', [code]);
    return rows.length > 0;
  }

  /**
   * The version with its compiled process; compiled once per process and kept (versions never change).
   * `keep: false` when the version may exist only in the caller's transaction, which may yet roll back.
   */
  compiled(code: string, version: number, q?: Queryable, options: { keep?: boolean } = {}): Promise<CompiledVersion> {
    const key = `${code}@${version}`;
    let entry = this.compiledCache.get(key);
    if (entry) return entry;
    entry = this.get(code, version, q).then(async (v) => ({ version: v, model: await compileProcess(v.standard, this.validate) }));
    if (options.keep === false) return entry;
    entry.catch(() => this.compiledCache.delete(key));
    if (this.compiledCache.size >= CACHE_LIMIT) {
      const oldest = this.compiledCache.keys().next().value;
      if (oldest !== undefined) this.compiledCache.delete(oldest);
    }
    this.compiledCache.set(key, entry);
    return entry;
  }
}
