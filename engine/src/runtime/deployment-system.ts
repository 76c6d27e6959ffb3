/**
 * Deployments: which published version new cases of a standard use in each district (one at a time;
 * running cases keep theirs), and each district's variant of the tunable parameters.
 *
 * @example
 *   await deployments.deploy({ code: 'BJ-SW-ELDER', version: 2, districts: 'all', actor: 'u1' });
 *   await deployments.setVariant({ code: 'BJ-SW-ELDER', district: 'dongcheng', values: { visitDays: 20 }, actor: 'u2' });
 */
import { DISTRICTS, applyVariant, detailOf, isDistrictCode, type StandardVersion } from '@jingzhun/standards';
import {
  DistrictUnknownError,
  NotDeployedError,
  StandardNotRunnableError,
  VariantInvalidError,
  VersionRetiredError,
  type ErrorDetail,
} from '../errors';
import type { Queryable } from '../store';
import type { Deployment, ParameterValue, RuntimeResources } from './types';
import type { VersionSystem } from './version-system';

export interface DeployInput {
  code: string;
  version: number;
  districts: string[] | 'all';
  actor: string;
}

export interface VariantInput {
  code: string;
  district: string;
  values: Record<string, number>;
  actor: string;
}

interface DeploymentRow {
  code: string;
  district: string;
  version: number;
  variant: Record<string, number>;
  deployed_at: Date;
  deployed_by: string;
  standard: StandardVersion['standard'];
}

/** The parameter values in force for a standard in a district: defaults tightened by the variant. */
export function effectiveParameters(standard: StandardVersion['standard'], variant: Record<string, number>): Record<string, number> {
  const defaults = Object.fromEntries(standard.parameters.map((p) => [p.id, p.default]));
  const known = Object.fromEntries(Object.entries(variant).filter(([id]) => id in defaults));
  const { values, problems } = applyVariant(standard, known);
  if (!problems.length) return { ...defaults, ...values };
  // A variant made for an earlier version may not fit this one: keep the values that still do.
  const ok: Record<string, number> = {};
  for (const [id, value] of Object.entries(known)) {
    if (!applyVariant(standard, { [id]: value }).problems.length) ok[id] = value;
  }
  return { ...defaults, ...applyVariant(standard, ok).values };
}

function toDeployment(row: DeploymentRow): Deployment {
  const values = effectiveParameters(row.standard, row.variant);
  const parameters: ParameterValue[] = row.standard.parameters.map((p) => ({
    id: p.id,
    title: p.title,
    kind: p.kind,
    unit: p.unit,
    default: p.default,
    min: p.min,
    max: p.max,
    tighter: p.tighter,
    value: values[p.id] ?? p.default,
  }));
  return {
    code: row.code,
    district: row.district,
    version: row.version,
    title: row.standard.title,
    deployedAt: row.deployed_at.toISOString(),
    deployedBy: row.deployed_by,
    variant: row.variant,
    parameters,
  };
}

const SELECT_DEPLOYMENTS = `SELECT d.*, v.standard FROM deployments d JOIN standard_versions v ON v.code = d.code AND v.version = d.version`;

export class DeploymentSystem {
  constructor(
    private readonly resources: RuntimeResources,
    private readonly versions: VersionSystem,
  ) {}

  /** Checks that a version can run: it compiles (which validates it), and the standards it refers to are published. */
  async check(version: StandardVersion, tx?: Queryable): Promise<void> {
    const q = tx ?? this.resources.store;
    const { model } = await this.versions.compiled(version.code, version.version, q, { keep: !tx });
    const missing: ErrorDetail[] = [];
    for (const [elementId, code] of model.calls) {
      if (!(await this.versions.exists(code, q))) {
        missing.push({ elementId, message: { zh: `转介的标准 ${code} 尚未发布`, en: `the referred standard ${code} is not published` } });
      }
    }
    if (missing.length) throw new StandardNotRunnableError(version.code, missing);
  }

  async deploy(input: DeployInput, tx?: Queryable): Promise<Deployment[]> {
    const q = tx ?? this.resources.store;
    const districts = input.districts === 'all' ? DISTRICTS.map((d) => d.code) : [...new Set(input.districts)];
    const unknown = districts.filter((d) => !isDistrictCode(d));
    if (unknown.length) throw new DistrictUnknownError(unknown);
    const version = await this.versions.get(input.code, input.version, q);
    if (version.status === 'retired') throw new VersionRetiredError(input.code, input.version);
    await this.check(version, tx);
    const now = this.resources.clock.now();
    const write = async (w: Queryable) => {
      await w.query(
        `INSERT INTO deployments (code, district, version, deployed_at, deployed_by)
         SELECT $1, d, $2, $3, $4 FROM unnest($5::text[]) AS d
         ON CONFLICT (code, district) DO UPDATE SET version = EXCLUDED.version, deployed_at = EXCLUDED.deployed_at, deployed_by = EXCLUDED.deployed_by`,
        [input.code, input.version, now, input.actor, districts],
      );
    };
    if (tx) await write(tx);
    else await this.resources.store.transaction(write);
    this.resources.logger.info({ code: input.code, version: input.version, districts }, 'version deployed');
    return this.list({ code: input.code }, q).then((all) => all.filter((d) => districts.includes(d.district)));
  }

  async setVariant(input: VariantInput, tx?: Queryable): Promise<Deployment> {
    const q = tx ?? this.resources.store;
    const found = await this.find(input.code, input.district, q);
    const { version } = await this.versions.compiled(found.code, found.version, q, { keep: !tx });
    const deployment: DeploymentRow = { ...found, standard: version.standard };
    const { problems } = applyVariant(deployment.standard, input.values);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      throw new VariantInvalidError(
        input.code,
        input.district,
        errors.map(detailOf),
      );
    }
    await q.query(
      `UPDATE deployments SET variant = $3, variant_updated_at = $4, variant_updated_by = $5 WHERE code = $1 AND district = $2`,
      [input.code, input.district, JSON.stringify(input.values), this.resources.clock.now(), input.actor],
    );
    return toDeployment({ ...deployment, variant: input.values });
  }

  async list(filter: { district?: string | undefined; code?: string | undefined }, q: Queryable = this.resources.store): Promise<Deployment[]> {
    const params: unknown[] = [];
    let where = ' WHERE true';
    if (filter.district !== undefined) {
      params.push(filter.district);
      where += ` AND d.district = $${params.length}`;
    }
    if (filter.code !== undefined) {
      params.push(filter.code);
      where += ` AND d.code = $${params.length}`;
    }
    const { rows } = await q.query<DeploymentRow>(`${SELECT_DEPLOYMENTS}${where} ORDER BY d.code, d.district`, params);
    return rows.map(toDeployment);
  }

  /** The deployment new cases of `code` use in `district`; NOT_DEPLOYED when there is none. */
  async find(code: string, district: string, q: Queryable = this.resources.store): Promise<Omit<DeploymentRow, 'standard'>> {
    // Without the standard document: starting a case needs only the version and the variant.
    const { rows } = await q.query<Omit<DeploymentRow, 'standard'>>(
      `SELECT code, district, version, variant, deployed_at, deployed_by FROM deployments WHERE code = $1 AND district = $2`,
      [code, district],
      { prepare: true },
    );
    if (!rows[0]) throw new NotDeployedError(code, district);
    return rows[0];
  }
}
