/**
 * Publishes the seven example standards the way the city does it, so the demo's review history is
 * real: the standards officer drafts each one and sends it for review, the reviewer sends two back
 * with a comment and approves them after revision, the officer deploys every version to all 16
 * districts, and 东城 and 海淀 adopt tightened variants. The clock is set to each step's moment, so
 * the history is dated before the cases that use it.
 *
 * @example
 *   await publishExampleStandards(services, clock, Date.parse('2025-10-20T01:00:00Z'));
 */
import type { AppServices } from '@jingzhun/api';
import type { Deployment } from '@jingzhun/engine';
import type { ServiceStandard } from '@jingzhun/standards';
import { loadExampleStandards } from '../standards/load';
import type { MovableClock } from '../simulator/simulation-clock';

type User = Awaited<ReturnType<AppServices['accounts']['listUsers']>>[number];

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The reviewer's first answer to two of the drafts: what to add before approval. */
const SENT_BACK: Record<string, string> = {
  'BJ-SW-FAMILY': '请写明结案后1个月、3个月回访的完成时限，并补充就业成效指标的口径。',
  'BJ-SW-CHILD': '请明确发现紧急危险后的处置时限，以及与未成年人救助保护机构的衔接。',
};

/** Tightened variants: 东城 plans and follows up families sooner; 海淀 visits older people more often. */
export const DEMO_VARIANTS: ReadonlyArray<{ district: string; code: string; values: Record<string, number>; operator: string }> = [
  { district: 'dongcheng', code: 'BJ-SW-FAMILY', values: { planDays: 3, followUpDays: 3 }, operator: 'dongcheng.operator' },
  { district: 'dongcheng', code: 'BJ-SW-CHILD', values: { safetyAssessmentHours: 12, contactIntervalDays: 21 }, operator: 'dongcheng.operator' },
  { district: 'haidian', code: 'BJ-SW-ELDER', values: { initialVisitDays: 3, highRiskVisitDays: 5, keyVisitDays: 21 }, operator: 'haidian.operator' },
  { district: 'haidian', code: 'BJ-SW-HOMELESS', values: { stayLimitDays: 7 }, operator: 'haidian.operator' },
];

/** Thrown when the accounts that publish the demo standards are missing. */
export class DemoAccountsMissingError extends Error {
  readonly code = 'DEMO_ACCOUNTS_MISSING';
  constructor(readonly usernames: string[]) {
    super(`the demo needs the accounts ${usernames.join(', ')}`);
    this.name = 'DemoAccountsMissingError';
  }
}

export interface PublishedStandards {
  published: string[];
  deployments: Deployment[];
}

/** Publishes and deploys what is not published yet, starting at `start`; safe to run again. */
export async function publishExampleStandards(services: AppServices, clock: MovableClock, start: number): Promise<PublishedStandards> {
  const users = new Map((await services.accounts.listUsers()).map((u) => [u.username, u]));
  const need = ['officer', 'reviewer', ...new Set(DEMO_VARIANTS.map((v) => v.operator))];
  const missing = need.filter((u) => !users.has(u));
  if (missing.length) throw new DemoAccountsMissingError(missing);
  const officer = users.get('officer')!;
  const reviewer = users.get('reviewer')!;
  const { runtime } = services;
  const published: string[] = [];

  const standards = loadExampleStandards();
  let t = start;
  const at = (ms: number) => {
    t = ms;
    clock.set(t);
  };
  for (const [i, standard] of standards.entries()) {
    if ((await runtime.listVersions(standard.code)).length) continue;
    at(start + i * DAY);
    await draftAndReview(services, standard, officer, reviewer, at, () => t);
    published.push(standard.code);
  }

  // Everything is deployed a week after the last approval: referred standards are published by then.
  at(start + (standards.length + 7) * DAY);
  for (const standard of standards) {
    const versions = await runtime.listVersions(standard.code);
    const latest = versions.filter((v) => v.status === 'published').at(-1);
    if (!latest) continue;
    const deployed = await runtime.listDeployments({ code: standard.code });
    if (deployed.length === 16 && deployed.every((d) => d.version === latest.version)) continue;
    await runtime.deploy({ code: standard.code, version: latest.version, districts: 'all', actor: officer.id });
  }

  at(t + 5 * DAY);
  for (const variant of DEMO_VARIANTS) {
    const [current] = await runtime.listDeployments({ code: variant.code, district: variant.district });
    if (current && Object.keys(current.variant).length) continue;
    at(t + 2 * HOUR);
    await runtime.setVariant({ code: variant.code, district: variant.district, values: variant.values, actor: users.get(variant.operator)!.id });
  }
  return { published, deployments: await runtime.listDeployments() };
}

async function draftAndReview(
  services: AppServices,
  standard: ServiceStandard,
  officer: User,
  reviewer: User,
  at: (ms: number) => void,
  now: () => number,
): Promise<void> {
  const { authoring } = services;
  const code = standard.code;
  let draft = (await authoring.exists(code)) ? await authoring.getDraft(code) : undefined;
  if (!draft) {
    at(now() + 2 * HOUR);
    draft = (await authoring.create(standard, officer)).draft;
  }
  if (draft.status === 'draft' || draft.status === 'rejected') {
    if (draft.status === 'rejected') {
      at(now() + 3 * HOUR);
      await authoring.saveDraft(code, standard, draft.revision, officer);
    }
    at(now() + 4 * HOUR);
    await authoring.submit(code, officer);
    const comment = SENT_BACK[code];
    if (comment && draft.status === 'draft') {
      at(now() + 20 * HOUR);
      await authoring.reject(code, reviewer, comment);
      at(now() + 26 * HOUR);
      const revised = await authoring.getDraft(code);
      await authoring.saveDraft(code, standard, revised!.revision, officer);
      at(now() + 2 * HOUR);
      await authoring.submit(code, officer);
    }
  }
  at(now() + 22 * HOUR);
  await authoring.approve(code, reviewer, { comment: '同意发布。', changelog: '首次发布 / first release' });
}
