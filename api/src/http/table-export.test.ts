import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { contentDisposition, displayWidth, renderTables, sheetNames, toCsv, toXlsx, type Table } from './table-export';

const NOW = new Date('2026-06-30T17:30:00.000Z'); // 2026-07-01 01:30 in Beijing

const indicators: Table = {
  name: { zh: '督导指标', en: 'Indicators' },
  columns: [
    { key: 'district', title: { zh: '区', en: 'District' } },
    { key: 'cases', title: { zh: '个案数', en: 'Cases' }, type: 'number' },
    { key: 'rate', title: { zh: '达标率', en: 'Met' }, type: 'percent' },
    { key: 'day', title: { zh: '统计日', en: 'Day' }, type: 'date' },
    { key: 'at', title: { zh: '更新时间', en: 'Updated' }, type: 'datetime' },
    { key: 'met', title: { zh: '达标', en: 'Met target' }, type: 'boolean' },
  ],
  rows: [
    { district: '东城区', cases: 12, rate: 87.5, day: '2026-06-01', at: '2026-06-01T16:05:00.000Z', met: true },
    { district: '海淀区', cases: 0, rate: null, day: '2026-06-01T20:00:00.000Z', at: null, met: false },
  ],
};

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX', () => {
  it('writes a worksheet per table with a bold, frozen, filtered header and typed, formatted cells', async () => {
    const second: Table = { name: { zh: '督导指标', en: 'Indicators' }, columns: [{ key: 'x', title: { zh: '甲', en: 'X' } }], rows: [] };
    const workbook = await workbookOf(await toXlsx([indicators, second], 'zh', NOW));
    expect(workbook.creator).toBe('精准 Jingzhun');
    expect(workbook.created.toISOString()).toBe(NOW.toISOString());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['督导指标', '督导指标 (2)']);

    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '区', '个案数', '达标率', '统计日', '更新时间', '达标']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:F3');

    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(12);
    expect(row.getCell(3)).toMatchObject({ value: 87.5, numFmt: '0.0"%"' });
    expect(row.getCell(4)).toMatchObject({ value: new Date('2026-06-01T00:00:00.000Z'), numFmt: 'yyyy-mm-dd' });
    // 16:05 UTC is 00:05 the next day in Beijing: the cell shows the Beijing wall clock.
    expect(row.getCell(5)).toMatchObject({ value: new Date('2026-06-02T00:05:00.000Z'), numFmt: 'yyyy-mm-dd hh:mm' });
    expect(row.getCell(6).value).toBe('是');
    const next = sheet.getRow(3);
    expect([next.getCell(3).value, next.getCell(5).value, next.getCell(6).value]).toEqual([null, null, '否']);
    // An instant in a date column is the day it was in Beijing.
    expect(next.getCell(4).value).toEqual(new Date('2026-06-02T00:00:00.000Z'));
  });

  it('makes columns as wide as their content, a Chinese character counting twice', async () => {
    const table: Table = {
      name: { zh: '宽度', en: 'Widths' },
      columns: [
        { key: 'zh', title: { zh: '名称', en: 'Name' } },
        { key: 'en', title: { zh: '代码', en: 'Code' } },
      ],
      rows: [{ zh: '北京市东城区社会工作服务中心', en: 'org-dc-yangguang' }],
    };
    const sheet = (await workbookOf(await toXlsx([table], 'zh', NOW))).worksheets[0]!;
    expect(displayWidth('北京市东城区社会工作服务中心')).toBe(28);
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(18);
  });

  it('writes English names, headers and Yes/No for an English reader', async () => {
    const sheet = (await workbookOf(await toXlsx([indicators], 'en', NOW))).worksheets[0]!;
    expect(sheet.name).toBe('Indicators');
    expect(sheet.getRow(1).getCell(3).value).toBe('Met');
    expect([sheet.getRow(2).getCell(6).value, sheet.getRow(3).getCell(6).value]).toEqual(['Yes', 'No']);
  });

  it('stores a value that looks like a formula, or an object that looks like one to exceljs, as text', async () => {
    const table: Table = {
      name: { zh: '文本', en: 'Text' },
      columns: [{ key: 'a', title: { zh: '甲', en: 'A' } }],
      rows: [{ a: '=1+2' }, { a: { formula: '1+2' } }],
    };
    const sheet = (await workbookOf(await toXlsx([table], 'zh', NOW))).worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(1).value).toBe('=1+2');
    expect(sheet.getRow(3).getCell(1).value).toBe('{"formula":"1+2"}');
  });
});

describe('worksheet names', () => {
  it('are at most 31 characters, without []:*?/\\, not History, and unique whatever their case', () => {
    expect(sheetNames(['a[b]:c*d?e/f\\g', 'x'.repeat(40), 'x'.repeat(40), 'Cases', 'CASES', "'quoted'", '', 'History', '  '])).toEqual([
      'a b c d e f g',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'Cases',
      'CASES (2)',
      'quoted',
      'Sheet',
      'History 1',
      'Sheet (2)',
    ]);
    expect(sheetNames(['社会工作参与精准救助服务标准督导评估指标汇总表（按区和承接机构统计）'])[0]).toHaveLength(31);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a byte order mark, CRLF and RFC 4180 quoting, with Beijing times and the screen’s words', () => {
    const body = toCsv(indicators, 'zh');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.subarray(3).toString('utf8');
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parse(text)).toEqual([
      ['区', '个案数', '达标率', '统计日', '更新时间', '达标'],
      ['东城区', '12', '87.5%', '2026-06-01', '2026-06-02 00:05', '是'],
      ['海淀区', '0', '', '2026-06-02', '', '否'],
    ]);
    const quoted: Table = { name: indicators.name, columns: [{ key: 'a', title: { zh: '甲', en: 'A' } }], rows: [{ a: 'say "hi", then\r\nleave' }] };
    expect(toCsv(quoted, 'zh').subarray(3).toString('utf8')).toBe('甲\r\n"say ""hi"", then\r\nleave"\r\n');
  });

  it('keeps text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const table: Table = {
      name: { zh: '注入', en: 'Injection' },
      columns: [
        { key: 'text', title: { zh: '文本', en: 'Text' } },
        { key: 'n', title: { zh: '数', en: 'N' }, type: 'number' },
      ],
      rows: ['=HYPERLINK("http://x")', '+1', '-2-3', '@SUM(A1)', '\tx', '\rx', '＝1', 'a=1'].map((text) => ({ text, n: -5 })),
    };
    const rows = parse(toCsv(table, 'en').subarray(3).toString('utf8')) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-2-3", "'@SUM(A1)", "'\tx", "'\rx", "'＝1", 'a=1']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(Array(8).fill('-5'));
  });
});

describe('the file', () => {
  it('is named in the caller’s language with an ASCII name for old clients', () => {
    expect(contentDisposition({ zh: '督导指标-BJ-SW-ELDER-2026-06', en: 'indicators-BJ-SW-ELDER-2026-06' }, 'xlsx', 'zh')).toBe(
      `attachment; filename="indicators-BJ-SW-ELDER-2026-06.xlsx"; filename*=UTF-8''${encodeURIComponent('督导指标-BJ-SW-ELDER-2026-06')}.xlsx`,
    );
    expect(contentDisposition({ zh: '个案', en: 'a/b"c\r\nit\'s (1)*' }, 'csv', 'en')).toBe(`attachment; filename="a-b-c-it's (1).csv"; filename*=UTF-8''a-b-c-it%27s%20%281%29.csv`);
    expect(contentDisposition({ zh: '统计', en: '统计' }, 'csv', 'zh')).toMatch(/^attachment; filename="export\.csv"; /);
  });

  it('holds every table as XLSX, one chosen table as CSV, and refuses a table the answer does not have', async () => {
    const other: Table = { name: { zh: '明细', en: 'Details' }, columns: [{ key: 'x', title: { zh: '甲', en: 'X' } }], rows: [{ x: 'one' }] };
    const xlsx = await renderTables([indicators, other], { format: 'xlsx', lang: 'zh', now: NOW });
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.contentDisposition).toContain(`filename*=UTF-8''${encodeURIComponent('督导指标-2026-07-01')}.xlsx`);
    expect((await workbookOf(xlsx.body)).worksheets.map((s) => s.name)).toEqual(['督导指标', '明细']);

    const csv = await renderTables([indicators, other], { format: 'csv', lang: 'en', now: NOW, table: 1 });
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.contentDisposition).toContain('filename="Details-2026-07-01.csv"');
    expect(parse(csv.body.subarray(3).toString('utf8'))).toEqual([['X'], ['one']]);

    await expect(renderTables([indicators], { format: 'csv', lang: 'en', now: NOW, table: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      details: [{ pointer: '/query/table', message: { zh: '只有 1 张表（从 0 编号）', en: 'there are 1 tables (numbered from 0)' } }],
    });
  });
});
