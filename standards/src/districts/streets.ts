/**
 * The register of where people live in Beijing: each district's subdistricts (街道), area offices (地区),
 * towns (镇) and townships (乡), 343 in all, from the National Bureau of Statistics' division codes
 * (`streets.json`, which says its date). Case data names a client's street by its Chinese name; an area
 * office that is also a town or township government (一套机构、两块牌子) is known by that name too.
 *
 * @example
 *   districtStreets('dongcheng')[2]; // { code: '110101003', kind: 'subdistrict', name: { zh: '交道口街道', en: 'Jiaodaokou Subdistrict' } }
 *   findStreet('fangshan', '良乡镇')?.name.zh; // '良乡地区'
 */
import type { LocalizedText } from '../schema/localized-text';
import register from './streets.json';

export type StreetKind = 'subdistrict' | 'area' | 'town' | 'township';

export interface Street {
  /** The statistical division code (12 digits less the last three: the street's own). */
  code: string;
  kind: StreetKind;
  name: LocalizedText;
  /** The town's or township's name the same office carries, if any. */
  alsoNamed?: string;
}

interface RegisterEntry {
  code: string;
  kind: string;
  zh: string;
  en: string;
  alsoNamed?: string;
}

const KINDS: readonly StreetKind[] = ['subdistrict', 'area', 'town', 'township'];
const isKind = (kind: string): kind is StreetKind => (KINDS as readonly string[]).includes(kind);

const BY_DISTRICT = new Map<string, readonly Street[]>(
  Object.entries(register.districts as Record<string, RegisterEntry[]>).map(([district, entries]) => [
    district,
    entries.map((e): Street => {
      if (!isKind(e.kind)) throw new Error(`streets.json: ${e.zh} is of no known kind (${e.kind})`);
      return { code: e.code, kind: e.kind, name: { zh: e.zh, en: e.en }, ...(e.alsoNamed ? { alsoNamed: e.alsoNamed } : {}) };
    }),
  ]),
);

/** The district's streets, towns and townships in the register's order (by division code); none for an unknown district. */
export function districtStreets(district: string): readonly Street[] {
  return BY_DISTRICT.get(district) ?? [];
}

/** The district's street of that Chinese name, or of the town or township name its office also carries. */
export function findStreet(district: string, name: string): Street | undefined {
  return districtStreets(district).find((s) => s.name.zh === name || s.alsoNamed === name);
}
