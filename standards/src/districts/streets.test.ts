import { DISTRICTS } from './districts';
import { districtStreets, findStreet } from './streets';

describe('the register of streets, towns and townships', () => {
  it('holds the 343 of Beijing, each under the district its division code says', () => {
    expect(DISTRICTS.reduce((n, d) => n + districtStreets(d.code).length, 0)).toBe(343);
    for (const d of DISTRICTS) {
      const streets = districtStreets(d.code);
      expect(streets.length).toBeGreaterThan(0);
      for (const s of streets) expect(s.code.startsWith(d.divisionCode)).toBe(true);
      expect(new Set(streets.map((s) => s.name.zh)).size).toBe(streets.length);
    }
  });

  it('names each in Chinese as its kind ends, and in English', () => {
    const ending = { subdistrict: /街道$/, area: /地区$/, town: /镇$/, township: /乡$/ };
    for (const d of DISTRICTS) {
      for (const s of districtStreets(d.code)) {
        expect(s.name.zh).toMatch(ending[s.kind]);
        expect(s.name.en).toMatch(/^[A-Z][A-Za-z' ]+ (Subdistrict|Area|Town|Township)$/);
      }
    }
  });

  it('finds a street by its name, or by the town name its office also carries', () => {
    expect(findStreet('dongcheng', '交道口街道')?.name.en).toBe('Jiaodaokou Subdistrict');
    expect(findStreet('fangshan', '良乡镇')?.name.zh).toBe('良乡地区');
    expect(findStreet('haidian', '交道口街道')).toBeUndefined();
    expect(districtStreets('atlantis')).toEqual([]);
  });
});
