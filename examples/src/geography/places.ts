/**
 * Where simulated clients live: the real streets and towns of a district (the `streets` table) and
 * invented community names in the usual style, and where outreach teams find people.
 *
 * @example
 *   const places = await districtPlaces(store, 'dongcheng');
 *   const { street, community } = places.pick(rng);
 */
import type { Queryable } from '@jingzhun/engine';
import type { Random } from '../random/seeded-random';

export interface Street {
  id: string;
  kind: 'subdistrict' | 'town' | 'township';
  zh: string;
  en: string;
}

export interface Place {
  street: string;
  community: string;
}

/** Invented community (社区) and village (村) names, of the kinds found all over Beijing. */
const COMMUNITIES = ['和平里', '光明', '幸福', '向阳', '建设', '团结', '新华', '文化', '安康', '育新', '东园', '西里', '南街', '北苑', '春晖', '双桥'];
const VILLAGES = ['东关', '西庄', '南河', '北沟', '前营', '后屯', '杨家庄', '李家峪', '石门', '马坊', '上庄', '下苇甸'];
/** Where outreach teams and the public most often find people sleeping rough or begging. */
const OUTREACH_SPOTS = ['地铁站出口', '过街地下通道', '公园长椅', '商场门口', '公交站台', '桥洞下', '医院门诊楼前', '长途汽车站'];

export interface DistrictPlaces {
  streets: Street[];
  pick(rng: Random): Place;
  /** A village (村) of one of the district's towns or townships; none in a district of subdistricts only. */
  village(rng: Random): Place | undefined;
  /** A spot in the district where someone was found. */
  outreachSpot(rng: Random): { street: string; foundAt: string };
}

/** Thrown when the store has no streets for a district (a store older than the streets migration). */
export class NoStreetsError extends Error {
  readonly code = 'NO_STREETS';
  constructor(readonly district: string) {
    super(`the store has no streets of district ${district}`);
    this.name = 'NoStreetsError';
  }
}

export async function districtPlaces(db: Queryable, district: string): Promise<DistrictPlaces> {
  const { rows } = await db.query<{ id: string; kind: Street['kind']; name_zh: string; name_en: string }>(
    'SELECT id, kind, name_zh, name_en FROM streets WHERE district = $1 ORDER BY id',
    [district],
  );
  if (!rows.length) throw new NoStreetsError(district);
  const streets = rows.map((r) => ({ id: r.id, kind: r.kind, zh: r.name_zh, en: r.name_en }));
  return {
    streets,
    pick(rng) {
      const street = rng.pick(streets);
      const community = street.kind === 'subdistrict' ? `${rng.pick(COMMUNITIES)}社区` : `${rng.pick(VILLAGES)}村`;
      return { street: street.zh, community };
    },
    village(rng) {
      const rural = streets.filter((s) => s.kind !== 'subdistrict');
      return rural.length ? { street: rng.pick(rural).zh, community: `${rng.pick(VILLAGES)}村` } : undefined;
    },
    outreachSpot(rng) {
      const urban = streets.filter((s) => s.kind === 'subdistrict');
      const street = rng.pick(urban.length ? urban : streets);
      return { street: street.zh, foundAt: `${street.zh.replace(/(街道|镇|乡)$/, '')}${rng.pick(OUTREACH_SPOTS)}` };
    },
  };
}
