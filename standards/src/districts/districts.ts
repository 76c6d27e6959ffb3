/**
 * Beijing's 16 districts (区), with codes used throughout the platform, their official
 * administrative division codes (GB/T 2260) and the initials their case numbers start with. Their
 * streets, towns and townships are in `streets.ts`.
 */
import type { LocalizedText } from '../schema/localized-text';

export interface District {
  code: string;
  divisionCode: string;
  name: LocalizedText;
  /** What the district's case numbers start with (DC-2026-000123). */
  casePrefix: string;
  /** Permanent residents, in ten thousands (2020 census), for proportional case arrivals. */
  population: number;
}

export const DISTRICTS: readonly District[] = [
  { code: 'dongcheng', divisionCode: '110101', name: { zh: '东城区', en: 'Dongcheng' }, casePrefix: 'DC', population: 70.9 },
  { code: 'xicheng', divisionCode: '110102', name: { zh: '西城区', en: 'Xicheng' }, casePrefix: 'XC', population: 110.6 },
  { code: 'chaoyang', divisionCode: '110105', name: { zh: '朝阳区', en: 'Chaoyang' }, casePrefix: 'CY', population: 345.2 },
  { code: 'fengtai', divisionCode: '110106', name: { zh: '丰台区', en: 'Fengtai' }, casePrefix: 'FT', population: 201.9 },
  { code: 'shijingshan', divisionCode: '110107', name: { zh: '石景山区', en: 'Shijingshan' }, casePrefix: 'SJS', population: 56.8 },
  { code: 'haidian', divisionCode: '110108', name: { zh: '海淀区', en: 'Haidian' }, casePrefix: 'HD', population: 313.3 },
  { code: 'mentougou', divisionCode: '110109', name: { zh: '门头沟区', en: 'Mentougou' }, casePrefix: 'MTG', population: 39.3 },
  { code: 'fangshan', divisionCode: '110111', name: { zh: '房山区', en: 'Fangshan' }, casePrefix: 'FS', population: 131.3 },
  { code: 'tongzhou', divisionCode: '110112', name: { zh: '通州区', en: 'Tongzhou' }, casePrefix: 'TZ', population: 184.0 },
  { code: 'shunyi', divisionCode: '110113', name: { zh: '顺义区', en: 'Shunyi' }, casePrefix: 'SY', population: 132.4 },
  { code: 'changping', divisionCode: '110114', name: { zh: '昌平区', en: 'Changping' }, casePrefix: 'CP', population: 226.9 },
  { code: 'daxing', divisionCode: '110115', name: { zh: '大兴区', en: 'Daxing' }, casePrefix: 'DX', population: 199.4 },
  { code: 'huairou', divisionCode: '110116', name: { zh: '怀柔区', en: 'Huairou' }, casePrefix: 'HR', population: 44.1 },
  { code: 'pinggu', divisionCode: '110117', name: { zh: '平谷区', en: 'Pinggu' }, casePrefix: 'PG', population: 45.7 },
  { code: 'miyun', divisionCode: '110118', name: { zh: '密云区', en: 'Miyun' }, casePrefix: 'MY', population: 52.8 },
  { code: 'yanqing', divisionCode: '110119', name: { zh: '延庆区', en: 'Yanqing' }, casePrefix: 'YQ', population: 34.6 },
];

const BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));

export function findDistrict(code: string): District | undefined {
  return BY_CODE.get(code);
}

export function isDistrictCode(code: string): boolean {
  return BY_CODE.has(code);
}
