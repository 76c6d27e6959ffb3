/**
 * How each district works in the simulation, so that supervision has real differences to find: how
 * fast tasks get done against their SLA, how often follow-ups and visits run late, who leaves optional
 * steps out, how satisfied clients are and how families fare, and which kinds of case come in. The
 * figures are invented; the pattern follows the policy's story (东城, 石景山 and 门头沟 piloted in 2016).
 *
 * @example
 *   const p = districtProfile('chaoyang');
 *   p.pace // 0.7: a task typically takes 70 % of the time its SLA allows
 */
import { findDistrict, type LocalizedText } from '@jingzhun/standards';

/** Relative weights of the six service standards among new cases. */
export interface CaseMix {
  'BJ-SW-FAMILY': number;
  'BJ-SW-ELDER': number;
  'BJ-SW-CHILD': number;
  'BJ-SW-HOMELESS': number;
  /** Women left behind live in villages: none in the city centre, most in the mountain districts. */
  'BJ-SW-WOMEN': number;
  'BJ-SW-BEREAVED-DISABLED': number;
}

export interface DistrictProfile {
  district: string;
  /** Letters of the district in case keys: its case numbers' prefix. */
  abbr: string;
  /** Median share of its SLA a task takes (0.5: done halfway to its due time). */
  pace: number;
  /** Spread of task durations around the median (log-space sigma). */
  spread: number;
  /** Share of follow-ups, visits and monthly contacts done only after they fell due. */
  lateFollowUps: number;
  /** Share of cases in which optional steps are left out (volunteer pairing, referrals). */
  skipsOptional: number;
  /** Share of clients satisfied at closing (4 or 5 of 5). */
  satisfaction: number;
  /** Share of families with an employable member in work or training at closing. */
  employment: number;
  /** Share of cases run by the district's contracted organisations. */
  contracted: number;
  mix: CaseMix;
  /** What supervision should find here. */
  note: LocalizedText;
}

const CORE: CaseMix = { 'BJ-SW-FAMILY': 30, 'BJ-SW-ELDER': 40, 'BJ-SW-CHILD': 12, 'BJ-SW-HOMELESS': 18, 'BJ-SW-WOMEN': 0, 'BJ-SW-BEREAVED-DISABLED': 5 };
const INNER: CaseMix = { 'BJ-SW-FAMILY': 32, 'BJ-SW-ELDER': 35, 'BJ-SW-CHILD': 15, 'BJ-SW-HOMELESS': 18, 'BJ-SW-WOMEN': 1, 'BJ-SW-BEREAVED-DISABLED': 5 };
const OUTER: CaseMix = { 'BJ-SW-FAMILY': 32, 'BJ-SW-ELDER': 35, 'BJ-SW-CHILD': 22, 'BJ-SW-HOMELESS': 11, 'BJ-SW-WOMEN': 5, 'BJ-SW-BEREAVED-DISABLED': 5 };
const RURAL: CaseMix = { 'BJ-SW-FAMILY': 28, 'BJ-SW-ELDER': 45, 'BJ-SW-CHILD': 22, 'BJ-SW-HOMELESS': 5, 'BJ-SW-WOMEN': 8, 'BJ-SW-BEREAVED-DISABLED': 5 };

type Figures = Omit<DistrictProfile, 'district' | 'abbr' | 'note'>;

const diligent = { pace: 0.45, spread: 0.4, lateFollowUps: 0.03, skipsOptional: 0.02, satisfaction: 0.95 };
const steady = { pace: 0.55, spread: 0.45, lateFollowUps: 0.07, skipsOptional: 0.05, satisfaction: 0.92 };
const stretched = { pace: 0.7, spread: 0.5, lateFollowUps: 0.12, skipsOptional: 0.08, satisfaction: 0.87 };

const PROFILES: Record<string, [Figures, LocalizedText]> = {
  dongcheng: [
    { ...diligent, employment: 0.5, contracted: 0.4, mix: CORE },
    { zh: '2016年试点区，时限达标率高；标准收紧后仍能按时完成。', en: 'A 2016 pilot: on time almost always, even under its tightened variant.' },
  ],
  xicheng: [{ ...steady, employment: 0.46, contracted: 0.35, mix: CORE }, { zh: '整体平稳。', en: 'Steady throughout.' }],
  chaoyang: [
    { ...stretched, lateFollowUps: 0.22, employment: 0.38, contracted: 0.5, mix: INNER },
    { zh: '个案量最大，人手紧张：办理偏慢，回访常逾期。', en: 'The largest caseload and too few hands: slow, follow-ups often late.' },
  ],
  fengtai: [
    { ...stretched, skipsOptional: 0.2, employment: 0.35, contracted: 0.3, mix: INNER },
    { zh: '常省略可选环节（志愿者结对、转介）。', en: 'Often leaves optional steps out (volunteer pairing, referrals).' },
  ],
  shijingshan: [{ ...diligent, employment: 0.48, contracted: 0.35, mix: INNER }, { zh: '2016年试点区，办理规范。', en: 'A 2016 pilot: by the book.' }],
  haidian: [
    { ...steady, lateFollowUps: 0.15, employment: 0.52, contracted: 0.45, mix: INNER },
    { zh: '收紧了老年人探访间隔，探访逾期随之增多；就业成效最好。', en: 'Tightened its visit intervals and now misses more of them; the best employment outcomes.' },
  ],
  mentougou: [{ ...diligent, employment: 0.42, contracted: 0.3, mix: RURAL }, { zh: '2016年试点区，山区路远但按时。', en: 'A 2016 pilot: mountain roads, still on time.' }],
  fangshan: [{ ...steady, employment: 0.36, contracted: 0.25, mix: OUTER }, { zh: '整体平稳。', en: 'Steady throughout.' }],
  tongzhou: [{ ...steady, employment: 0.4, contracted: 0.3, mix: OUTER }, { zh: '整体平稳。', en: 'Steady throughout.' }],
  shunyi: [{ ...steady, employment: 0.4, contracted: 0.3, mix: OUTER }, { zh: '整体平稳。', en: 'Steady throughout.' }],
  changping: [
    { ...stretched, skipsOptional: 0.22, employment: 0.37, contracted: 0.3, mix: OUTER },
    { zh: '办理偏慢，常省略可选环节。', en: 'Slow, and often leaves optional steps out.' },
  ],
  daxing: [
    { ...steady, lateFollowUps: 0.25, employment: 0.36, contracted: 0.3, mix: OUTER },
    { zh: '结案后的回访常逾期。', en: 'Follow-ups after closing are often late.' },
  ],
  huairou: [{ ...steady, pace: 0.6, employment: 0.33, contracted: 0.2, mix: RURAL }, { zh: '山区路远，办理略慢。', en: 'Far-flung villages: a little slower.' }],
  pinggu: [{ ...steady, employment: 0.33, contracted: 0.2, mix: RURAL }, { zh: '整体平稳。', en: 'Steady throughout.' }],
  miyun: [
    { ...stretched, skipsOptional: 0.18, employment: 0.3, contracted: 0.2, mix: RURAL },
    { zh: '常省略可选环节。', en: 'Often leaves optional steps out.' },
  ],
  yanqing: [
    { ...stretched, pace: 0.75, lateFollowUps: 0.3, employment: 0.3, contracted: 0.15, mix: RURAL },
    { zh: '最偏远：办理最慢，回访逾期最多。', en: 'The most remote: the slowest, with the most late follow-ups.' },
  ],
};

/** Thrown when a district code has no profile (not one of Beijing's 16). */
export class DistrictProfileError extends Error {
  readonly code = 'DISTRICT_UNKNOWN';
  constructor(readonly district: string) {
    super(`no simulation profile for district ${district}`);
    this.name = 'DistrictProfileError';
  }
}

export function districtProfile(district: string): DistrictProfile {
  const entry = PROFILES[district];
  if (!entry) throw new DistrictProfileError(district);
  return { district, abbr: findDistrict(district)!.casePrefix, ...entry[0], note: entry[1] };
}
