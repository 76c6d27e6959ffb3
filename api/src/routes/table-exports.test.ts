/**
 * The list routes downloaded as files: `?format=xlsx|csv` gives the rows of the JSON answer, under the
 * same permission, scope and audit, with headers in the caller's language.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { manualClock, productionStoreTarget } from '@jingzhun/engine/testing';
import { openHarness, type Harness } from '../test-support/harness';
import { publishSample, SAMPLE_CODE } from '../test-support/sample';

const CLIENT = { name: '张桂兰', age: 78 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The response body as bytes, whatever its media type. */
function bytes(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet's rows as arrays of values, the header first. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_v, i) => row.getCell(i + 1).value));
  });
  return rows;
}

const csvRows = (body: Buffer) => parse(body.subarray(3).toString('utf8')) as string[][];

describe.each([productionStoreTarget()])('lists downloaded as CSV and XLSX on $kind', (target) => {
  let h: Harness;
  const clock = manualClock('2025-03-03T01:00:00.000Z'); // 09:00 in Beijing
  let worker: string;
  let operator: string;
  let haidianWorker: string;
  let supervisor: string;
  beforeEach(async () => {
    clock.set('2025-03-03T01:00:00.000Z');
    h = await openHarness(target, { clock });
    const officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    const reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
    operator = await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' });
    haidianWorker = await h.signIn({ username: 'hd.worker', role: 'caseworker', district: 'haidian' });
    supervisor = await h.signIn({ username: 'supervisor', role: 'supervisor' });
    await publishSample(h.app, officer, reviewer, ['dongcheng', 'haidian']);
  });
  afterEach(() => h.close());

  const get = (token: string, url: string) => request(h.app).get(url).set('Authorization', `Bearer ${token}`);
  const download = (token: string, url: string) => get(token, url).buffer(true).parse(bytes);
  const start = (token: string, caseKey: string) => request(h.app).post('/api/cases').set('Authorization', `Bearer ${token}`).send({ standard: SAMPLE_CODE, caseKey, data: CLIENT });

  async function someCases(): Promise<{ dc1: { id: string; standard: { title: { zh: string; en: string } } } }> {
    const dc1 = (await start(worker, 'DC-1').expect(201)).body;
    clock.advance(60_000);
    await start(worker, 'DC-2').expect(201);
    await start(haidianWorker, 'HD-1').expect(201);
    return { dc1 };
  }

  it('gives a district operator their district’s case list as a workbook with Chinese headers', async () => {
    const { dc1 } = await someCases();
    const res = await download(operator, '/api/cases?format=xlsx').expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Cases-2025-03-03.xlsx"; filename*=UTF-8''${encodeURIComponent('个案-2025-03-03')}.xlsx`);

    const workbook = await workbookOf(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['个案']);
    const [header, ...rows] = rowsOf(workbook.worksheets[0]!);
    expect(header).toEqual(['个案编号', '服务标准', '版本', '区', '承接机构', '状态', '当前环节', '办理人', '下一期限', '有逾期任务', '出现异常', '开始时间', '结束时间', '系统编号']);
    // The rows of the JSON answer, in its order; another district's case is not among them.
    const json = (await get(operator, '/api/cases').expect(200)).body.items as Array<{ caseKey: string }>;
    expect(rows.map((r) => r[0])).toEqual(json.map((c) => c.caseKey));
    expect(rows.map((r) => r[0])).toEqual(['DC-2', 'DC-1']);
    // Where the case stands, who holds it and when it is due; the client's data stays on the screen.
    expect(rows[1]).toEqual(['DC-1', dc1.standard.title.zh, 1, '东城区', null, '办理中', '接案登记', null, new Date('2025-03-10T09:00:00.000Z'), '否', '否', new Date('2025-03-03T09:00:00.000Z'), null, dc1.id]);
    expect(workbook.worksheets[0]!.getRow(2).getCell(12).numFmt).toBe('yyyy-mm-dd hh:mm');

    // The list's filters hold for the file too.
    const filtered = await workbookOf((await download(operator, '/api/cases?format=xlsx&q=DC-1').expect(200)).body as Buffer);
    expect(rowsOf(filtered.worksheets[0]!).slice(1).map((r) => r[0])).toEqual(['DC-1']);
  });

  it('writes the workbook in English for an English reader', async () => {
    const { dc1 } = await someCases();
    const res = await download(operator, '/api/cases?format=xlsx').set('Accept-Language', 'en').expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Cases-2025-03-03.xlsx"; filename*=UTF-8''Cases-2025-03-03.xlsx`);
    const workbook = await workbookOf(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Cases']);
    const [header, , row] = rowsOf(workbook.worksheets[0]!);
    expect(header).toEqual(['Case number', 'Standard', 'Version', 'District', 'Organisation', 'Status', 'Current step', 'Assignee', 'Next due', 'Overdue tasks', 'Incident', 'Started', 'Ended', 'ID']);
    expect(row).toEqual(['DC-1', dc1.standard.title.en, 1, 'Dongcheng', null, 'In progress', 'Intake', null, new Date('2025-03-10T09:00:00.000Z'), 'No', 'No', new Date('2025-03-03T09:00:00.000Z'), null, dc1.id]);
  });

  it('gives the inbox as CSV, keeping a name that a spreadsheet would run as a formula as text', async () => {
    const { dc1 } = await someCases();
    const formula = await h.signIn({ username: 'dc.formula', role: 'caseworker', district: 'dongcheng', displayName: { zh: '=1+2', en: '=1+2' } });
    const intake = (await get(formula, `/api/tasks?caseId=${dc1.id}`).expect(200)).body.items[0];
    await request(h.app).post(`/api/tasks/${intake.id}/claim`).set('Authorization', `Bearer ${formula}`).expect(200);

    const res = await download(formula, `/api/tasks?caseId=${dc1.id}&format=csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('待办任务-2025-03-03')}.csv`);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toMatch(/\r\n$/);
    expect(csvRows(body)).toEqual([
      ['任务', '个案编号', '服务标准', '区', '状态', '办理人', '创建时间', '期限', '逾期', '剩余工作日', '完成时间'],
      ['接案登记', 'DC-1', dc1.standard.title.zh, '东城区', '待办', "'=1+2", '2025-03-03 09:00', expect.stringMatching(/^2025-03-\d\d \d\d:\d\d$/), '否', expect.stringMatching(/^\d+$/), ''],
    ]);
    // The case list as CSV, in English: the same rows as its workbook.
    const cases = csvRows((await download(operator, '/api/cases?format=csv').set('Accept-Language', 'en').expect(200)).body as Buffer);
    expect(cases.map((r) => r[0])).toEqual(['Case number', 'DC-2', 'DC-1']);
    expect(cases[2]!.slice(3, 12)).toEqual(['Dongcheng', '', 'In progress', 'Intake', "'=1+2", '2025-03-10 09:00', 'No', 'No', '2025-03-03 09:00']);
  });

  it('answers an unknown format, or a table the answer does not have, with the usual 400', async () => {
    const bad = await get(operator, '/api/cases?format=pdf').expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/json/);
    expect(bad.body).toMatchObject({ code: 'BAD_REQUEST', details: [expect.objectContaining({ pointer: '/query/format' })] });
    expect((await get(operator, '/api/cases?format=csv&table=1').expect(400)).body).toMatchObject({ code: 'BAD_REQUEST', details: [expect.objectContaining({ pointer: '/query/table' })] });
    // A route without tables takes no format.
    expect((await get(operator, '/api/incidents?format=csv').expect(400)).body.details).toEqual([expect.objectContaining({ pointer: '/query/format' })]);
  });

  it('refuses the file to whoever may not read the list, as it refuses the JSON', async () => {
    const json = await get(worker, '/api/audit').expect(403);
    const file = await get(worker, '/api/audit?format=xlsx').expect(403);
    expect(file.headers['content-type']).toMatch(/^application\/json/);
    expect(file.body).toEqual(json.body);
    expect(file.body.code).toBe('FORBIDDEN');
    // Whoever may read the trail gets it as a file.
    expect((await download(supervisor, '/api/audit?format=xlsx').expect(200)).headers['content-type']).toBe(XLSX);
  });

  it('records every download in the audit trail with its format, and exports the trail itself', async () => {
    await someCases();
    await get(operator, '/api/cases').expect(200);
    await download(operator, '/api/cases?format=xlsx').expect(200);
    // A request id is the caller's to choose: one a spreadsheet would compute comes back as text.
    await start(worker, 'DC-3').set('X-Request-Id', '-2-3').expect(201);
    await h.app.services.audit.flush();

    const trail = (await get(supervisor, '/api/audit?limit=500').expect(200)).body.items as Array<{ action: string; details: Record<string, unknown> | null }>;
    expect(trail.filter((e) => e.action === 'GET /cases').map((e) => e.details)).toEqual([{ format: 'xlsx' }]);

    const csv = csvRows((await download(supervisor, '/api/audit?format=csv').expect(200)).body as Buffer);
    expect(csv[0]).toEqual(['时间', '用户名', '角色', '区', '操作', '对象', '结果状态码', 'IP 地址', '请求编号', '详情', '记录编号']);
    const started = csv.find((r) => r[8] === "'-2-3")!;
    // The trail's times are the database's own, shown in Beijing time.
    expect(started.slice(0, 7)).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'dc.worker', '社工', '东城区', 'POST /cases', '/api/cases', '201']);
    expect(csv.find((r) => r[4] === 'GET /cases')!.slice(1, 4)).toEqual(['dc.operator', '区级经办人员', '东城区']);
    await h.app.services.audit.flush();
    const exported = (await get(supervisor, '/api/audit?action=GET%20/audit').expect(200)).body.items;
    expect(exported.map((e: { details: unknown }) => e.details)).toEqual([{ format: 'csv' }]);
  });

  it('describes the format parameter and the two file media types in OpenAPI', async () => {
    const doc = (await request(h.app).get('/api/openapi.json').expect(200)).body;
    for (const path of ['/api/cases', '/api/tasks', '/api/audit']) {
      const op = doc.paths[path].get;
      expect(op.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'format', in: 'query', required: false })]));
      expect(Object.keys(op.responses['200'].content)).toEqual(['application/json', 'text/csv', XLSX]);
    }
    expect(doc.paths['/api/incidents'].get.parameters.map((p: { name: string }) => p.name)).not.toContain('format');
  });
});
