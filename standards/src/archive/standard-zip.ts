/**
 * A standard as a zip of its files (the folder format), for export and import over HTTP. Reading is
 * defensive: a size limit on the archive and on what it unpacks to, a bounded number of entries, and
 * no absolute or `..` paths. A zip whose files sit in one top-level folder is read as well.
 *
 * @example
 *   const bytes = standardToZip(standard);
 *   const { standard: doc, problems } = standardFromZip(bytes);
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Problem } from '../problem';
import type { ServiceStandard } from '../schema/service-standard';
import { standardFromFiles, standardToFiles, STANDARD_JSON, type StandardFromFiles } from './standard-files';

/** Largest archive accepted, and the most it may unpack to. */
export const MAX_ZIP_BYTES = 10 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;

/** A zip of the standard's files. */
export function standardToZip(standard: ServiceStandard): Uint8Array {
  const entries: Zippable = {};
  // A fixed date, so the same standard gives the same bytes.
  const mtime = new Date('2017-01-20T00:00:00Z');
  for (const [path, content] of Object.entries(standardToFiles(standard))) entries[path] = [strToU8(content), { mtime }];
  return zipSync(entries, { level: 6 });
}

function refused(zh: string, en: string): StandardFromFiles {
  const problem: Problem = { severity: 'error', code: 'ARCHIVE_INVALID', message: { zh, en }, pointer: '' };
  return { problems: [problem] };
}

/** Reads a standard from a zip; problems (code ARCHIVE_INVALID and the file problems) say what is wrong. */
export function standardFromZip(bytes: Uint8Array): StandardFromFiles {
  if (bytes.byteLength > MAX_ZIP_BYTES) return refused(`压缩包超过 ${MAX_ZIP_BYTES / 1048576} MiB`, `the archive is larger than ${MAX_ZIP_BYTES / 1048576} MiB`);
  let entries = 0;
  let unpacked = 0;
  let unsafe: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        unpacked += file.originalSize;
        if (file.name.startsWith('/') || file.name.split(/[\\/]/).includes('..') || /^[A-Za-z]:/.test(file.name)) unsafe ??= file.name;
        return !file.name.endsWith('/') && !unsafe && entries <= MAX_ZIP_ENTRIES && unpacked <= MAX_UNZIPPED_BYTES;
      },
    });
  } catch (e) {
    return refused(`无法读取压缩包：${(e as Error).message}`, `the archive cannot be read: ${(e as Error).message}`);
  }
  if (unsafe) return refused(`压缩包含有不安全的路径 ${unsafe}`, `the archive contains an unsafe path ${unsafe}`);
  if (entries > MAX_ZIP_ENTRIES) return refused(`压缩包的文件超过 ${MAX_ZIP_ENTRIES} 个`, `the archive has more than ${MAX_ZIP_ENTRIES} files`);
  if (unpacked > MAX_UNZIPPED_BYTES) return refused(`压缩包解压后超过 ${MAX_UNZIPPED_BYTES / 1048576} MiB`, `the archive unpacks to more than ${MAX_UNZIPPED_BYTES / 1048576} MiB`);
  const names = Object.keys(files).map((n) => n.replace(/\\/g, '/'));
  // Files zipped from inside a folder: strip the one top-level folder they share.
  const top = names.find((n) => n.endsWith(`/${STANDARD_JSON}`) && n.split('/').length === 2)?.split('/')[0];
  const prefix = !(STANDARD_JSON in files) && top ? `${top}/` : '';
  const relative: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    const path = name.replace(/\\/g, '/');
    if (path.startsWith(prefix)) relative[path.slice(prefix.length)] = content;
  }
  if (!(STANDARD_JSON in relative)) return refused(`压缩包中没有 ${STANDARD_JSON}`, `the archive has no ${STANDARD_JSON}`);
  return standardFromFiles(relative);
}
