/**
 * A standard as a set of files, the form it takes in a folder or a zip: `standard.json` (everything
 * but the process and the forms), `process.bpmn`, and `forms/<id>.schema.json` per form. Pure: the
 * file system (standard-folder.ts) and zips (standard-zip.ts) are layered on top.
 *
 * @example
 *   const files = standardToFiles(standard);   // { 'standard.json': '…', 'process.bpmn': '…', … }
 *   const { standard, problems } = standardFromFiles(files);
 */
import type { Problem } from '../problem';
import type { ServiceStandard } from '../schema/service-standard';
import { parseJsonWithin } from '../validation/json-nesting';
import { readXmlInput } from '../xml/safe-xml';

export const STANDARD_JSON = 'standard.json';
export const PROCESS_BPMN = 'process.bpmn';
export const FORMS_DIR = 'forms';
const FORM_FILE = /^forms\/([A-Za-z][A-Za-z0-9_-]{0,63})\.schema\.json$/;

/** What reading a standard from files gives: the document (not yet validated) or why there is none. */
export interface StandardFromFiles {
  /** The assembled document; check it with validateStandard. Absent when it could not be assembled. */
  standard?: unknown;
  problems: Problem[];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files of a standard, by relative path with `/` separators. */
export function standardToFiles(standard: ServiceStandard): Record<string, string> {
  const { process, forms, ...rest } = standard;
  const files: Record<string, string> = { [STANDARD_JSON]: json(rest), [PROCESS_BPMN]: process };
  for (const [id, schema] of Object.entries(forms ?? {})) files[`${FORMS_DIR}/${id}.schema.json`] = json(schema);
  return files;
}

function problem(code: string, pointer: string, zh: string, en: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, code, message: { zh, en }, pointer };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(content: string | Uint8Array): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return utf8.decode(content);
  } catch {
    return undefined;
  }
}

function parseJson(content: string | Uint8Array, file: string, pointer: string, problems: Problem[]): unknown {
  const source = text(content);
  if (source === undefined) {
    problems.push(problem('FILE_ENCODING', pointer, `${file} 不是有效的 UTF-8 文本`, `${file} is not valid UTF-8 text`));
    return undefined;
  }
  try {
    const read = parseJsonWithin(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, file, pointer);
    if ('value' in read) return read.value;
    problems.push(read.problem);
    return undefined;
  } catch (e) {
    problems.push(problem('FILE_JSON_INVALID', pointer, `${file} 不是有效的 JSON：${(e as Error).message}`, `${file} is not valid JSON: ${(e as Error).message}`));
    return undefined;
  }
}

/** Assembles a standard from its files (text or bytes, by relative path); other files are ignored. */
export function standardFromFiles(files: Readonly<Record<string, string | Uint8Array>>): StandardFromFiles {
  const problems: Problem[] = [];
  const main = files[STANDARD_JSON];
  if (main === undefined) {
    return { problems: [problem('FILE_MISSING', '', `缺少 ${STANDARD_JSON}`, `${STANDARD_JSON} is missing`)] };
  }
  const doc = parseJson(main, STANDARD_JSON, '', problems);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    if (!problems.length) problems.push(problem('FILE_JSON_INVALID', '', `${STANDARD_JSON} 应为 JSON 对象`, `${STANDARD_JSON} must hold a JSON object`));
    return { problems };
  }
  const standard = doc as Record<string, unknown>;
  for (const key of ['process', 'forms'] as const) {
    if (key in standard) {
      problems.push(
        problem('FILE_FIELD_IGNORED', `/${key}`, `${STANDARD_JSON} 中的 “${key}” 被忽略，以单独的文件为准`, `"${key}" in ${STANDARD_JSON} is ignored; the separate files are used`, 'warning'),
      );
    }
  }
  const bpmn = files[PROCESS_BPMN];
  if (bpmn === undefined) {
    problems.push(problem('FILE_MISSING', '/process', `缺少 ${PROCESS_BPMN}`, `${PROCESS_BPMN} is missing`));
    delete standard['process'];
  } else {
    const input = readXmlInput(bpmn);
    // A refused input is kept as text when it has some, so validation reports it where it belongs.
    if (input.ok) standard['process'] = input.xml;
    else {
      problems.push(...input.problems.map((p) => ({ ...p, pointer: '/process' })));
      delete standard['process'];
    }
  }
  const forms: Record<string, unknown> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = FORM_FILE.exec(path);
    if (!match) {
      if (path.startsWith(`${FORMS_DIR}/`) && path.endsWith('.json')) {
        problems.push(problem('FILE_NAME_INVALID', '/forms', `表单文件名 ${path} 应为 forms/<id>.schema.json`, `form file ${path} should be named forms/<id>.schema.json`, 'warning'));
      }
      continue;
    }
    const id = match[1]!;
    const schema = parseJson(content, path, `/forms/${id}`, problems);
    if (schema !== undefined) forms[id] = schema;
  }
  standard['forms'] = forms;
  return { standard, problems };
}
