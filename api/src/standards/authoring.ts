/**
 * Authoring and review of standards: the one draft a standard may have, saved (with every problem)
 * while it is written, submitted for review, approved — which publishes an immutable version N in the
 * same transaction — or rejected with a comment.
 *
 * Documents are validated by `validate` (the app's validation pool, off the event loop).
 *
 * @example
 *   const authoring = createAuthoring({ store, clock, versions: runtime, validate: (doc) => pool.validate(doc) });
 *   await authoring.create(doc, officer);
 *   await authoring.submit('BJ-SW-ELDER', officer);
 *   const { version } = await authoring.approve('BJ-SW-ELDER', reviewer, { comment: '同意' });
 */
import type { Queryable, Store } from '@jingzhun/engine';
import {
  contentHash,
  hasErrors,
  transition,
  type LocalizedText,
  type Problem,
  type ServiceStandard,
  type StandardVersion,
} from '@jingzhun/standards';
import type { Clock } from '../accounts/accounts';
import type { User } from '../accounts/roles';
import {
  DraftNotFoundError,
  DraftStaleError,
  SelfReviewError,
  StandardExistsError,
  StandardHasErrorsError,
  StandardNotFoundError,
} from './errors';

export type DraftStatus = 'draft' | 'in_review' | 'rejected';

export interface Draft {
  standard: ServiceStandard;
  revision: number;
  status: DraftStatus;
  author: string;
  updatedAt: string;
  problems: Problem[];
  reviewComment: string | null;
  basedOnVersion: number | null;
}

/** What authoring needs of the published versions (the engine's version registry). */
export interface VersionRegistry {
  registerVersion(version: StandardVersion, tx?: Queryable): Promise<unknown>;
  retireVersion(code: string, version: number, tx?: Queryable): Promise<unknown>;
  getVersion(code: string, version: number): Promise<StandardVersion | undefined>;
  listVersions(code: string): Promise<Array<Omit<StandardVersion, 'standard'>>>;
}

interface DraftRow {
  code: string;
  standard: ServiceStandard;
  revision: number;
  status: DraftStatus;
  author: string;
  problems: Problem[];
  review_comment: string | null;
  based_on_version: number | null;
  updated_at: Date;
}

function toDraft(row: DraftRow): Draft {
  return {
    standard: row.standard,
    revision: row.revision,
    status: row.status,
    author: row.author,
    updatedAt: row.updated_at.toISOString(),
    problems: row.problems,
    reviewComment: row.review_comment,
    basedOnVersion: row.based_on_version,
  };
}

/** Codes are what the path carries; a document saved under another code is a client mistake. */
function codeProblem(pathCode: string, standard: ServiceStandard): Problem[] {
  if (standard.code === pathCode) return [];
  return [
    {
      severity: 'error',
      code: 'CODE_MISMATCH',
      message: { zh: `标准编号应为 ${pathCode}`, en: `the code must be ${pathCode}` },
      pointer: '/code',
    },
  ];
}

/** A draft's revision and the problems it had when it was validated. */
interface CheckedDraft {
  revision: number;
  problems: Problem[];
}

export interface AuthoringDeps {
  store: Store;
  clock: Clock;
  versions: VersionRegistry;
  /** Every problem of a document (`validateStandard`, run where it cannot hold up other requests). */
  validate: (standard: unknown) => Promise<Problem[]>;
}

export function createAuthoring({ store, clock, versions, validate: problemsOf }: AuthoringDeps) {
  async function log(tx: Queryable, code: string, action: string, actor: User, comment?: string | null, version?: number) {
    await tx.query('INSERT INTO standard_reviews(code, version, action, actor, comment, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      code,
      version ?? null,
      action,
      actor.id,
      comment ?? null,
      clock.now(),
    ]);
  }

  async function lockDraft(tx: Queryable, code: string): Promise<DraftRow | undefined> {
    const exists = await tx.query('SELECT 1 FROM standards WHERE code = $1', [code]);
    if (!exists.rows.length) throw new StandardNotFoundError(code);
    const { rows } = await tx.query<DraftRow>('SELECT * FROM standard_drafts WHERE code = $1 FOR UPDATE', [code]);
    return rows[0];
  }

  /**
   * The draft's problems, found before the transaction that acts on them: validation may take a worker
   * seconds, and a transaction holds its connection (with PGlite, the whole store) while it waits.
   */
  async function checkDraft(code: string): Promise<CheckedDraft | undefined> {
    const { rows } = await store.query<DraftRow>('SELECT * FROM standard_drafts WHERE code = $1', [code]);
    const row = rows[0];
    return row && { revision: row.revision, problems: await problemsOf(row.standard) };
  }

  /** The draft locked must be the one checked: a save in between is a conflict, as for an editor's older revision. */
  function assertChecked(row: DraftRow, checked: CheckedDraft | undefined): asserts checked is CheckedDraft {
    if (row.revision !== checked?.revision) throw new DraftStaleError(checked?.revision ?? 0, row.revision);
  }

  async function latestVersion(code: string): Promise<number> {
    const all = await versions.listVersions(code);
    return all.reduce((max, v) => Math.max(max, v.version), 0);
  }

  return {
    /** Every problem of a document, without saving anything. */
    validate(standard: unknown): Promise<Problem[]> {
      return problemsOf(standard);
    },

    async create(standard: ServiceStandard, author: User): Promise<{ code: string; draft: Draft }> {
      const problems = await problemsOf(standard);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const taken = await tx.query('SELECT 1 FROM standards WHERE code = $1', [standard.code]);
        if (taken.rows.length) throw new StandardExistsError(standard.code);
        await tx.query('INSERT INTO standards(code, title, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)', [
          standard.code,
          JSON.stringify(standard.title),
          author.id,
          now,
        ]);
        const { rows } = await tx.query<DraftRow>(
          `INSERT INTO standard_drafts(code, standard, revision, status, author, problems, error_count, updated_at)
           VALUES ($1, $2, 1, 'draft', $3, $4, $5, $6) RETURNING *`,
          [standard.code, JSON.stringify(standard), author.id, JSON.stringify(problems), problems.filter((p) => p.severity === 'error').length, now],
        );
        await log(tx, standard.code, 'created', author);
        return { code: standard.code, draft: toDraft(rows[0]!) };
      });
    },

    /**
     * Saves the draft, problems and all. `revision` is the one the editor loaded (0 to start a new draft
     * from the latest version); an older one means someone saved in between.
     */
    async saveDraft(code: string, standard: ServiceStandard, revision: number, author: User): Promise<{ revision: number; problems: Problem[] }> {
      const problems = [...codeProblem(code, standard), ...(await problemsOf(standard))];
      const latest = await latestVersion(code);
      return store.transaction(async (tx) => {
        const row = await lockDraft(tx, code);
        const current = row?.revision ?? 0;
        if (current !== revision) throw new DraftStaleError(revision, current);
        // Saving a rejected draft revises it; a draft under review cannot change.
        if (row && row.status !== 'draft') transition(row.status, 'revise');
        const now = clock.now();
        const errorCount = problems.filter((p) => p.severity === 'error').length;
        if (row) {
          await tx.query(
            `UPDATE standard_drafts SET standard = $2, revision = revision + 1, status = 'draft', author = $3, problems = $4,
                    error_count = $5, updated_at = $6 WHERE code = $1`,
            [code, JSON.stringify(standard), author.id, JSON.stringify(problems), errorCount, now],
          );
        } else {
          await tx.query(
            `INSERT INTO standard_drafts(code, standard, revision, status, author, problems, error_count, based_on_version, updated_at)
             VALUES ($1, $2, 1, 'draft', $3, $4, $5, $6, $7)`,
            [code, JSON.stringify(standard), author.id, JSON.stringify(problems), errorCount, latest || null, now],
          );
        }
        await tx.query('UPDATE standards SET title = $2, updated_at = $3 WHERE code = $1', [code, JSON.stringify(standard.title), now]);
        return { revision: current + 1, problems };
      });
    },

    async submit(code: string, actor: User): Promise<{ status: 'in_review' }> {
      const checked = await checkDraft(code);
      return store.transaction(async (tx) => {
        const row = await lockDraft(tx, code);
        if (!row) throw new DraftNotFoundError(code);
        transition(row.status, 'submit');
        assertChecked(row, checked);
        const { problems } = checked;
        if (hasErrors(problems)) throw new StandardHasErrorsError(problems.filter((p) => p.severity === 'error'));
        await tx.query(`UPDATE standard_drafts SET status = 'in_review', submitted_at = $2, review_comment = NULL WHERE code = $1`, [code, clock.now()]);
        await log(tx, code, 'submitted', actor);
        return { status: 'in_review' as const };
      });
    },

    async reject(code: string, reviewer: User, comment: string): Promise<{ status: 'rejected' }> {
      return store.transaction(async (tx) => {
        const row = await lockDraft(tx, code);
        if (!row) throw new DraftNotFoundError(code);
        transition(row.status, 'reject');
        if (row.author === reviewer.id) throw new SelfReviewError();
        await tx.query(`UPDATE standard_drafts SET status = 'rejected', review_comment = $2 WHERE code = $1`, [code, comment]);
        await log(tx, code, 'rejected', reviewer, comment);
        return { status: 'rejected' as const };
      });
    },

    /** Publishes the draft under review as the next version, immutably, and removes the draft. */
    async approve(code: string, reviewer: User, input: { comment?: string | undefined; changelog?: string | undefined }): Promise<{ version: number; hash: string }> {
      const latest = await latestVersion(code);
      const checked = await checkDraft(code);
      return store.transaction(async (tx) => {
        const row = await lockDraft(tx, code);
        if (!row) throw new DraftNotFoundError(code);
        transition(row.status, 'approve');
        if (row.author === reviewer.id) throw new SelfReviewError();
        assertChecked(row, checked);
        const { problems } = checked;
        if (hasErrors(problems)) throw new StandardHasErrorsError(problems.filter((p) => p.severity === 'error'));
        const version: StandardVersion = {
          code,
          version: latest + 1,
          standard: row.standard,
          hash: contentHash(row.standard),
          status: 'published',
          author: row.author,
          approver: reviewer.id,
          publishedAt: clock.now().toISOString(),
          ...(input.changelog ? { changelog: input.changelog } : {}),
        };
        await versions.registerVersion(version, tx);
        await tx.query('DELETE FROM standard_drafts WHERE code = $1', [code]);
        await log(tx, code, 'approved', reviewer, input.comment, version.version);
        return { version: version.version, hash: version.hash };
      });
    },

    async retire(code: string, version: number, actor: User): Promise<void> {
      await store.transaction(async (tx) => {
        await lockDraft(tx, code);
        await versions.retireVersion(code, version, tx);
        await log(tx, code, 'retired', actor, null, version);
      });
    },

    async getDraft(code: string): Promise<Draft | undefined> {
      const { rows } = await store.query<DraftRow>('SELECT * FROM standard_drafts WHERE code = $1', [code]);
      return rows[0] ? toDraft(rows[0]) : undefined;
    },

    async exists(code: string): Promise<boolean> {
      return (await store.query('SELECT 1 FROM standards WHERE code = $1', [code])).rows.length > 0;
    },

    async catalogue(): Promise<Array<{ code: string; title: LocalizedText; updatedAt: string; draftStatus: DraftStatus | null; population: LocalizedText | null }>> {
      const { rows } = await store.query<{ code: string; title: LocalizedText; updated_at: Date; status: DraftStatus | null; population: LocalizedText | null }>(
        `SELECT s.code, s.title, s.updated_at, d.status, d.standard->'population'->'description' AS population
           FROM standards s LEFT JOIN standard_drafts d ON d.code = s.code ORDER BY s.code`,
      );
      return rows.map((r) => ({ code: r.code, title: r.title, updatedAt: r.updated_at.toISOString(), draftStatus: r.status, population: r.population }));
    },

    async history(code: string): Promise<Array<{ action: string; version: number | null; actor: string; comment: string | null; at: string }>> {
      const { rows } = await store.query<{ action: string; version: number | null; actor: string; comment: string | null; at: Date }>(
        'SELECT action, version, actor, comment, at FROM standard_reviews WHERE code = $1 ORDER BY id',
        [code],
      );
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  };
}

export type Authoring = ReturnType<typeof createAuthoring>;
