/**
 * What a path given to the CLI is: a standard folder, a zip of one, a whole standard as JSON, or a
 * bare BPMN file. Missing paths and unknown kinds are unusable (exit 2); anything readable is validated.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readStandardFolder } from '../archive/standard-folder';
import { STANDARD_JSON } from '../archive/standard-files';
import { MAX_ZIP_BYTES, standardFromZip } from '../archive/standard-zip';
import type { Problem } from '../problem';
import type { LocalizedText } from '../schema/localized-text';
import { parseJsonWithin } from '../validation/json-nesting';
import { MAX_XML_BYTES } from '../xml/safe-xml';

export type Target =
  | { path: string; kind: 'standard'; standard?: unknown; problems: Problem[] }
  | { path: string; kind: 'bpmn'; bytes: Uint8Array }
  | { path: string; kind: 'unusable'; reason: LocalizedText };

function unusable(file: string, zh: string, en: string): Target {
  return { path: file, kind: 'unusable', reason: { zh, en } };
}

async function readLimited(file: string, limit: number): Promise<Uint8Array> {
  const info = await stat(file);
  return info.size > limit ? new Uint8Array(limit + 1) : readFile(file);
}

/** Problems meaning a file's content was left out (not JSON, not UTF-8, nested too deep). */
const CONTENT_LEFT_OUT = new Set(['FILE_JSON_INVALID', 'FILE_ENCODING', 'JSON_TOO_DEEP']);

/**
 * The errors of a target that leave part of it unread: `validate` reports them with the rest, but a
 * standard cannot be compared or uploaded without the files they concern.
 */
export function unreadParts(target: Target): Problem[] {
  return target.kind === 'standard' ? target.problems.filter((p) => p.severity === 'error' && CONTENT_LEFT_OUT.has(p.code)) : [];
}

/** Reads what is at `file` as something the CLI can validate or compare. */
export async function loadTarget(file: string): Promise<Target> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return unusable(file, `找不到 ${file}`, `${file} does not exist`);
  if (info.isDirectory()) {
    const read = await readStandardFolder(file);
    if (read.problems.some((p) => p.code === 'FILE_MISSING' && p.pointer === '')) {
      return unusable(file, `${file} 不是标准文件夹（缺少 ${STANDARD_JSON}）`, `${file} is not a standard folder (no ${STANDARD_JSON})`);
    }
    return { path: file, kind: 'standard', standard: read.standard, problems: read.problems };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.bpmn' || ext === '.xml') return { path: file, kind: 'bpmn', bytes: await readLimited(file, MAX_XML_BYTES) };
  if (ext === '.zip') {
    const read = standardFromZip(await readLimited(file, MAX_ZIP_BYTES));
    const refused = read.problems.find((p) => p.code === 'ARCHIVE_INVALID');
    if (refused) return unusable(file, refused.message.zh, refused.message.en);
    return { path: file, kind: 'standard', standard: read.standard, problems: read.problems };
  }
  if (ext === '.json') {
    const bytes = await readLimited(file, MAX_XML_BYTES * 2);
    try {
      const read = parseJsonWithin(new TextDecoder('utf-8', { fatal: true }).decode(bytes), file);
      if ('problem' in read) return { path: file, kind: 'standard', problems: [read.problem] };
      return { path: file, kind: 'standard', standard: read.value, problems: [] };
    } catch (e) {
      return unusable(file, `${file} 不是有效的 JSON：${(e as Error).message}`, `${file} is not valid JSON: ${(e as Error).message}`);
    }
  }
  return unusable(
    file,
    `不支持的输入 ${file}：应为标准文件夹、.zip、.json 或 .bpmn 文件`,
    `unsupported input ${file}: give a standard folder, a .zip, a .json or a .bpmn file`,
  );
}
