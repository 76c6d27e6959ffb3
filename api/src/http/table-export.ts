/**
 * Tables as files people open in Excel or WPS: every table the API answers can also be downloaded as
 * XLSX (one worksheet per table) or CSV (one table), with headers in the caller's language. A route
 * describes its answer as `Table`s; the route registry asks for the file here.
 *
 * @example
 *   const table: Table = {
 *     name: { zh: '个案', en: 'Cases' },
 *     columns: [{ key: 'caseKey', title: { zh: '个案编号', en: 'Case number' } },
 *               { key: 'startedAt', title: { zh: '开始时间', en: 'Started' }, type: 'datetime' }],
 *     rows: [{ caseKey: 'DC-1', startedAt: '2026-06-01T01:00:00.000Z' }],
 *   };
 *   const file = await renderTables([table], { format: 'xlsx', lang: 'zh', now: new Date() });
 *   // file.body: the workbook; file.contentDisposition names it 个案-2026-06-01.xlsx (Cases-2026-06-01.xlsx in ASCII)
 */
import ExcelJS from 'exceljs';
import { beijingDate } from '@jingzhun/standards';
import { HttpError } from './errors';
import type { Language } from './language';

type Localized = { zh: string; en: string };

/**
 * How a column's values are read and shown. `percent` values are numbers from 0 to 100; `date` and
 * `datetime` values are ISO strings (or Dates), shown as Beijing dates and Beijing wall-clock times.
 */
export type ColumnType = 'text' | 'number' | 'percent' | 'date' | 'datetime' | 'boolean';

export interface TableColumn {
  key: string;
  title: Localized;
  type?: ColumnType;
}

export interface Table {
  name: Localized;
  columns: TableColumn[];
  rows: Array<Record<string, unknown>>;
}

export type FileFormat = 'csv' | 'xlsx';

/** What `?format=` may ask for: the JSON answer, or the same answer as a file. */
export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export const MEDIA_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Most tables one answer may hold (`?table=` of a CSV counts from 0). */
export const MAX_TABLES = 100;

export const CREATOR = '精准 Jingzhun';

const BOOLEAN_TEXT = { zh: { true: '是', false: '否' }, en: { true: 'Yes', false: 'No' } } as const;

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  percent: '0.0"%"',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Excel keeps at most this many characters in a cell; more makes a file it calls damaged. */
const MAX_CELL_TEXT = 32_767;

/** One value as written: what the workbook stores, and the text a reader sees (CSV, column widths). */
interface Cell {
  value: string | number | Date | null;
  text: string;
}

const BEIJING = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Beijing wall-clock parts of an instant. */
function beijingParts(instant: Date): { y: number; m: number; d: number; h: number; min: number } {
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(BEIJING.formatToParts(instant).find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day'), h: part('hour'), min: part('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function instantOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function calendarDay(value: string): string | undefined {
  try {
    return beijingDate(value);
  } catch {
    return undefined; // 2026-02-30 is no day: shown as the text it is
  }
}

const beijingDay = (instant: Date | undefined) => (instant ? beijingDate(instant) : undefined);

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // Never an object into a cell: exceljs reads `{formula}` or `{hyperlink}` in a value as instructions.
  return JSON.stringify(value) ?? '';
}

function cellOf(value: unknown, type: ColumnType, lang: Language): Cell {
  if (value === null || value === undefined || value === '') return { value: null, text: '' };
  switch (type) {
    case 'number':
    case 'percent':
      if (typeof value === 'number' && Number.isFinite(value)) {
        return { value, text: type === 'percent' ? `${Math.round(value * 10) / 10}%` : String(value) };
      }
      break;
    case 'boolean':
      if (typeof value === 'boolean') {
        const text = BOOLEAN_TEXT[lang][value ? 'true' : 'false'];
        return { value: text, text };
      }
      break;
    case 'date': {
      // A calendar day stays that day; an instant is the day it was in Beijing.
      const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? calendarDay(value) : beijingDay(instantOf(value));
      if (day) return { value: new Date(`${day}T00:00:00Z`), text: day };
      break;
    }
    case 'datetime': {
      const instant = instantOf(value);
      if (instant) {
        const { y, m, d, h, min } = beijingParts(instant);
        // exceljs writes a Date as its UTC reading: the Beijing wall clock is given as UTC.
        return { value: new Date(Date.UTC(y, m - 1, d, h, min)), text: `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}` };
      }
      break;
    }
    case 'text':
      break;
  }
  const text = textOf(value);
  return { value: text.slice(0, MAX_CELL_TEXT), text };
}

/** Columns as wide as their content, counting a Chinese character (or any wide one) as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    width += /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  }
  return width;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, not beginning or ending
 * with an apostrophe, not `History` (Excel keeps it), and unique regardless of case.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  const fit = (text: string, max: number) => {
    let out = '';
    for (const ch of text) {
      if (out.length + ch.length > max) break;
      out += ch;
    }
    return out;
  };
  return wanted.map((name) => {
    // Control characters have no place in a tab's name either.
    // eslint-disable-next-line no-control-regex
    let base = name.replace(/[[\]:*?/\\\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
    if (!base || base.toLowerCase() === 'history') base = base ? `${base} 1` : 'Sheet';
    let candidate = fit(base, 31).replace(/[\s']+$/, '');
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      candidate = `${fit(base, 31 - suffix.length).replace(/[\s']+$/, '')}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The tables as one workbook: a worksheet for each, a bold frozen header with filters, typed cells. */
export async function toXlsx(tables: readonly Table[], lang: Language, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = created;
  workbook.modified = created;
  const names = sheetNames(tables.map((t) => t.name[lang]));
  tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 1 }] });
    const types = table.columns.map((c) => c.type ?? 'text');
    const header = sheet.addRow(table.columns.map((c) => c.title[lang]));
    header.font = { bold: true };
    const widths = table.columns.map((c) => displayWidth(c.title[lang]) + 2); // room for the filter's button
    for (const row of table.rows) {
      const cells = table.columns.map((c, i) => cellOf(row[c.key], types[i]!, lang));
      const added = sheet.addRow(cells.map((c) => c.value));
      cells.forEach((cell, i) => {
        const format = NUMBER_FORMATS[types[i]!];
        if (format && cell.value !== null && typeof cell.value !== 'string') added.getCell(i + 1).numFmt = format;
        widths[i] = Math.max(widths[i]!, displayWidth(cell.text));
      });
    }
    widths.forEach((width, i) => {
      sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
    });
    if (table.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * OWASP's CSV injection defence: text a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or
 * carriage return first; to be safe, the full-width forms of the four signs too) is kept as text by a
 * leading apostrophe.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** One table as CSV: UTF-8 with a byte order mark (so Excel reads Chinese right), CRLF line ends. */
export function toCsv(table: Table, lang: Language): Buffer {
  const lines = [table.columns.map((c) => field(defused(c.title[lang])))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((c) => {
        const cell = cellOf(row[c.key], c.type ?? 'text', lang);
        // Numbers are the platform's own; only text can carry what someone typed.
        return field(typeof cell.value === 'number' ? cell.text : defused(cell.text));
      }),
    );
  }
  return Buffer.concat([BOM, Buffer.from(lines.map((cells) => `${cells.join(',')}\r\n`).join(''), 'utf8')]);
}

/** A name safe in a file system: no separators, control characters or characters Windows refuses. */
function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]+/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[-\s.]+|[-\s.]+$/g, '')
      .slice(0, 150)
  );
}

/**
 * `Content-Disposition` for a download: an ASCII name for old clients (from the English name) and the
 * name in the caller's language per RFC 5987/6266.
 */
export function contentDisposition(base: Localized, extension: string, lang: Language): string {
  const name = `${safeFileName(base[lang]) || 'export'}.${extension}`;
  const ascii = safeFileName(base.en)
    .replace(/[^\x20-\x7E]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-\s.]+|[-\s.]+$/g, '');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || 'export'}.${extension}"; filename*=UTF-8''${encoded}`;
}

export interface RenderOptions {
  format: FileFormat;
  lang: Language;
  /** The moment of the export: the workbook's date and, by default, the file name's. */
  now: Date;
  /** Which table a CSV holds (from 0; by default the first). */
  table?: number | undefined;
  /** The file's name without its extension; by default the (first) table's name and the Beijing date. */
  filename?: Localized | undefined;
}

export interface RenderedFile {
  body: Buffer;
  contentType: string;
  contentDisposition: string;
}

/**
 * The one place that turns tables into the file a format asks for: XLSX holds every table, CSV the one
 * `table` picks (a table the answer does not have is a 400 at `/query/table`).
 */
export async function renderTables(tables: readonly Table[], options: RenderOptions): Promise<RenderedFile> {
  if (!tables.length) throw new Error('an export needs at least one table');
  const index = options.format === 'csv' ? (options.table ?? 0) : 0;
  const chosen = tables[index];
  if (!chosen) {
    const message = { zh: `只有 ${tables.length} 张表（从 0 编号）`, en: `there are ${tables.length} tables (numbered from 0)` };
    throw new HttpError('BAD_REQUEST', { zh: '查询参数无效', en: 'the query is invalid' }, [{ pointer: '/query/table', message }]);
  }
  const day = beijingDate(options.now);
  const base = options.filename ?? { zh: `${chosen.name.zh}-${day}`, en: `${chosen.name.en}-${day}` };
  const body = options.format === 'csv' ? toCsv(chosen, options.lang) : await toXlsx(tables, options.lang, options.now);
  const contentType = options.format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8` : MEDIA_TYPES.xlsx;
  return { body, contentType, contentDisposition: contentDisposition(base, options.format, options.lang) };
}
