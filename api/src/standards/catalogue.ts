/**
 * The standards as readers see them: the catalogue with statuses and deployments, one standard's whole
 * story (draft, versions, review history), published versions and diffs between any two of them.
 */
import { diffVersions, type LocalizedText, type ServiceStandard, type StandardVersion } from '@jingzhun/standards';
import type { Authoring, DraftStatus } from './authoring';
import { DraftNotFoundError, StandardNotFoundError } from './errors';

export type StandardStatus = DraftStatus | 'published' | 'retired';

/** What the catalogue reads from the engine: published versions and deployments. */
export interface PublishedStandards {
  getVersion(code: string, version: number): Promise<StandardVersion>;
  listVersions(code: string): Promise<Array<Omit<StandardVersion, 'standard'>>>;
  listDeployments(filter: { code?: string; district?: string }): Promise<Array<{ code: string; district: string; version: number; deployedAt: string }>>;
}

export interface ListFilter {
  q?: string | undefined;
  status?: StandardStatus | undefined;
  population?: string | undefined;
  district?: string | undefined;
}

export function createCatalogue(authoring: Authoring, published: PublishedStandards) {
  async function statusOf(code: string, draftStatus: DraftStatus | null): Promise<{ status: StandardStatus; latestVersion: number | null }> {
    const versions = await published.listVersions(code);
    const latest = versions.reduce<(typeof versions)[number] | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
    if (draftStatus) return { status: draftStatus, latestVersion: latest?.version ?? null };
    if (!latest) return { status: 'draft', latestVersion: null };
    return { status: versions.some((v) => v.status === 'published') ? 'published' : 'retired', latestVersion: latest.version };
  }

  async function documentAt(code: string, at: number | 'draft'): Promise<ServiceStandard> {
    if (at === 'draft') {
      const draft = await authoring.getDraft(code);
      if (!draft) throw new DraftNotFoundError(code);
      return draft.standard;
    }
    return (await published.getVersion(code, at)).standard;
  }

  return {
    authoring,

    async list(filter: ListFilter) {
      const deployments = await published.listDeployments({});
      const items = [];
      for (const entry of await authoring.catalogue()) {
        const { status, latestVersion } = await statusOf(entry.code, entry.draftStatus);
        const deployedDistricts = deployments.filter((d) => d.code === entry.code).map((d) => d.district).sort();
        items.push({ ...entry, status, latestVersion, deployedDistricts });
      }
      const q = filter.q?.toLowerCase();
      const population = filter.population?.toLowerCase();
      return items.filter(
        (s) =>
          (!q || s.code.toLowerCase().includes(q) || s.title.zh.includes(filter.q!) || s.title.en.toLowerCase().includes(q)) &&
          (!filter.status || s.status === filter.status) &&
          (!population || `${s.population?.zh ?? ''} ${s.population?.en ?? ''}`.toLowerCase().includes(population)) &&
          (!filter.district || s.deployedDistricts.includes(filter.district)),
      );
    },

    async detail(code: string) {
      if (!(await authoring.exists(code))) throw new StandardNotFoundError(code);
      const [draft, versions, history, deployments] = await Promise.all([
        authoring.getDraft(code),
        published.listVersions(code),
        authoring.history(code),
        published.listDeployments({ code }),
      ]);
      const title: LocalizedText = draft?.standard.title ?? (versions.length ? (await published.getVersion(code, versions[versions.length - 1]!.version)).standard.title : { zh: code, en: code });
      return {
        code,
        title,
        draft: draft ?? null,
        versions,
        history,
        deployments: deployments.map((d) => ({ district: d.district, version: d.version, deployedAt: d.deployedAt })),
      };
    },

    async version(code: string, version: number): Promise<StandardVersion> {
      if (!(await authoring.exists(code))) throw new StandardNotFoundError(code);
      return published.getVersion(code, version);
    },

    async diff(code: string, from: number | 'draft', to: number | 'draft') {
      if (!(await authoring.exists(code))) throw new StandardNotFoundError(code);
      const [a, b] = await Promise.all([documentAt(code, from), documentAt(code, to)]);
      const diff = diffVersions(a, b) as unknown as Record<string, unknown>;
      return { diff, fromXml: a.process, toXml: b.process };
    },
  };
}

export type StandardsCatalogue = ReturnType<typeof createCatalogue>;
