import ExcelJS from 'exceljs';
import request from 'supertest';
import { at, manualClock, playSupervisedHistory, storeTargets, SUPERVISED_VERSION } from '@jingzhun/engine/testing';
import { openHarness, type Harness } from '../test-support/harness';

const CODE = SUPERVISED_VERSION.code;
const PERIOD = 'from=2026-09-01&to=2026-10-31';

describe.each(storeTargets())('supervision over HTTP on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2026-09-30T01:00:00.000Z');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    h = await openHarness(target, { clock });
    await playSupervisedHistory(h.app.services.runtime, clock);
    clock.set(at('2026-10-12 12:00'));
    await h.store.query(`INSERT INTO organisations (id, name, district) VALUES ('org-b', '{"zh":"乙机构","en":"Org B"}', 'xicheng')`);
    tokens['supervisor'] = await h.signIn({ username: 'supervisor', role: 'supervisor' });
    tokens['dongcheng'] = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' });
    tokens['worker'] = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
    tokens['orgB'] = await h.signIn({ username: 'org-b.worker', role: 'caseworker', district: 'xicheng', organisation: 'org-b' });
  });
  afterAll(() => h.close());

  const get = (who: string, url: string) => request(h.app).get(url).set('Authorization', `Bearer ${tokens[who]}`);

  it('a supervisor reads every district’s figures with the definitions in words', async () => {
    const res = await get('supervisor', `/api/supervision/standards/${CODE}/indicators?${PERIOD}&groupBy=district`).expect(200);
    const assess = res.body.indicators.find((i: { id: string }) => i.id === 'assessOnTime');
    expect(res.body.period).toEqual({ from: '2026-09-01', to: '2026-10-31', simulated: 'exclude', limits: 'case' });
    expect(assess.city).toMatchObject({ numerator: 2, denominator: 4, value: 50, met: false, pending: 1, cancelled: 1 });
    expect(assess.rows.map((r: { key: string; label: { zh: string } }) => [r.key, r.label.zh])).toEqual([
      ['dongcheng', '东城区'],
      ['xicheng', '西城区'],
    ]);
    expect(assess.definition.zh).toContain('工作日');
  });

  it('a district operator sees their district beside the city, and never another district’s cases', async () => {
    const res = await get('dongcheng', `/api/supervision/standards/${CODE}/indicators?${PERIOD}&groupBy=district&district=xicheng`).expect(200);
    const assess = res.body.indicators.find((i: { id: string }) => i.id === 'assessOnTime');
    expect(assess.rows.map((r: { key: string }) => r.key)).toEqual(['dongcheng']);
    expect(assess.city).toMatchObject({ denominator: 4 });
    const cases = await get('dongcheng', `/api/supervision/standards/${CODE}/indicators/assessOnTime/cases?${PERIOD}`).expect(200);
    expect(cases.body.items.map((c: { caseKey: string }) => c.caseKey).sort()).toEqual(['A', 'B']);
  });

  it('an organisation’s worker sees the organisation; a district caseworker is refused', async () => {
    const res = await get('orgB', `/api/supervision/standards/${CODE}/indicators?${PERIOD}&groupBy=organisation`).expect(200);
    expect(res.body.indicators.find((i: { id: string }) => i.id === 'assessOnTime').rows).toEqual([
      expect.objectContaining({ key: 'org-b', label: { zh: '乙机构', en: 'Org B' }, pending: 1, breaching: 1 }),
    ]);
    const refused = await get('worker', `/api/supervision/standards/${CODE}/indicators?${PERIOD}`).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('drills down to breaching cases, warns early, and times the diagram', async () => {
    const breached = await get('supervisor', `/api/supervision/standards/${CODE}/indicators/assessOnTime/cases?${PERIOD}&outcome=breached`).expect(200);
    expect(breached.body.items.map((c: { caseKey: string }) => c.caseKey).sort()).toEqual(['B', 'C']);
    const warnings = await get('supervisor', `/api/supervision/standards/${CODE}/warnings?${PERIOD}`).expect(200);
    expect(warnings.body.items).toEqual([expect.objectContaining({ caseKey: 'D', indicator: 'assessOnTime', indicatorTitle: { zh: '评估及时', en: '评估及时' } })]);
    const heat = await get('supervisor', `/api/supervision/standards/${CODE}/heatmap?${PERIOD}`).expect(200);
    expect(heat.body.elements.find((e: { elementId: string }) => e.elementId === 'assess')).toMatchObject({ completed: 3, late: 1 });
    const overview = await get('supervisor', `/api/supervision/standards?${PERIOD}`).expect(200);
    expect(overview.body.items.map((s: { code: string }) => s.code)).toEqual([CODE]);
  });

  it('exports the figures as XLSX with Chinese headers, one sheet per table', async () => {
    const res = await get('supervisor', `/api/supervision/standards/${CODE}/indicators?${PERIOD}&groupBy=district&format=xlsx`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['全市', '按区']);
    const byDistrict = book.getWorksheet('按区')!;
    expect(byDistrict.getRow(1).values).toEqual(expect.arrayContaining(['指标', '区', '数值', '目标']));
    const rows = byDistrict.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toEqual(expect.arrayContaining([['评估及时', '东城区'], ['评估及时', '西城区']]));
  });

  it('refuses a malformed period with the field named', async () => {
    const res = await get('supervisor', `/api/supervision/standards/${CODE}/indicators?from=2026-10-31&to=2026-09-01`).expect(400);
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', details: [expect.objectContaining({ pointer: '/to' })] });
  });
});
