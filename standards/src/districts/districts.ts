/**
 * Beijing's 16 districts (区), with codes used throughout the platform and their official
 * administrative division codes (GB/T 2260).
 */
import type { LocalizedText } from '../schema/localized-text';

export interface District {
  code: string;
  divisionCode: string;
  name: LocalizedText;
  /** Permanent residents, in ten thousands (2020 census), for proportional case arrivals. */
  population: number;
}

export const DISTRICTS: readonly District[] = [
  { code: 'dongcheng', divisionCode: '110101', name: { zh: '东城区', en: 'Dongcheng' }, population: 70.9 },
  { code: 'xicheng', divisionCode: '110102', name: { zh: '西城区', en: 'Xicheng' }, population: 110.6 },
  { code: 'chaoyang', divisionCode: '110105', name: { zh: '朝阳区', en: 'Chaoyang' }, population: 345.2 },
  { code: 'fengtai', divisionCode: '110106', name: { zh: '丰台区', en: 'Fengtai' }, population: 201.9 },
  { code: 'shijingshan', divisionCode: '110107', name: { zh: '石景山区', en: 'Shijingshan' }, population: 56.8 },
  { code: 'haidian', divisionCode: '110108', name: { zh: '海淀区', en: 'Haidian' }, population: 313.3 },
  { code: 'mentougou', divisionCode: '110109', name: { zh: '门头沟区', en: 'Mentougou' }, population: 39.3 },
  { code: 'fangshan', divisionCode: '110111', name: { zh: '房山区', en: 'Fangshan' }, population: 131.3 },
  { code: 'tongzhou', divisionCode: '110112', name: { zh: '通州区', en: 'Tongzhou' }, population: 184.0 },
  { code: 'shunyi', divisionCode: '110113', name: { zh: '顺义区', en: 'Shunyi' }, population: 132.4 },
  { code: 'changping', divisionCode: '110114', name: { zh: '昌平区', en: 'Changping' }, population: 226.9 },
  { code: 'daxing', divisionCode: '110115', name: { zh: '大兴区', en: 'Daxing' }, population: 199.4 },
  { code: 'huairou', divisionCode: '110116', name: { zh: '怀柔区', en: 'Huairou' }, population: 44.1 },
  { code: 'pinggu', divisionCode: '110117', name: { zh: '平谷区', en: 'Pinggu' }, population: 45.7 },
  { code: 'miyun', divisionCode: '110118', name: { zh: '密云区', en: 'Miyun' }, population: 52.8 },
  { code: 'yanqing', divisionCode: '110119', name: { zh: '延庆区', en: 'Yanqing' }, population: 34.6 },
];

const BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));

export function findDistrict(code: string): District | undefined {
  return BY_CODE.get(code);
}

export function isDistrictCode(code: string): boolean {
  return BY_CODE.has(code);
}
