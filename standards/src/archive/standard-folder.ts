/**
 * Reading and writing a standard as a folder on disk — the one module of this workspace that does I/O,
 * used by the `std` CLI. The layout is that of standard-files.ts.
 *
 * @example
 *   const { standard, problems } = await readStandardFolder('examples/standards/elder');
 *   await writeStandardFolder('out/elder', standard);
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JingzhunError } from '../errors';
import type { ServiceStandard } from '../schema/service-standard';
import { MAX_XML_BYTES } from '../xml/safe-xml';
import { FORMS_DIR, PROCESS_BPMN, STANDARD_JSON, standardFromFiles, standardToFiles, type StandardFromFiles } from './standard-files';

/** Thrown when a path cannot be read as a standard folder at all (missing, not a folder). */
export class FolderUnreadableError extends JingzhunError {
  readonly code = 'FOLDER_UNREADABLE';
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(message);
  }
}

async function readIfSmall(file: string): Promise<Uint8Array | undefined> {
  try {
    const info = await stat(file);
    // One byte over the limit is enough for the XML gate to refuse it, without reading a huge file.
    if (info.size > MAX_XML_BYTES) return new Uint8Array(MAX_XML_BYTES + 1);
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** Reads a standard folder; problems say what is wrong with its files. */
export async function readStandardFolder(folder: string): Promise<StandardFromFiles> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new FolderUnreadableError(folder, `${folder} is not a folder`);
  const files: Record<string, Uint8Array> = {};
  for (const name of [STANDARD_JSON, PROCESS_BPMN]) {
    const content = await readIfSmall(path.join(folder, name));
    if (content) files[name] = content;
  }
  const forms = await readdir(path.join(folder, FORMS_DIR)).catch(() => [] as string[]);
  for (const name of forms.sort()) {
    if (!name.endsWith('.json')) continue;
    const content = await readIfSmall(path.join(folder, FORMS_DIR, name));
    if (content) files[`${FORMS_DIR}/${name}`] = content;
  }
  return standardFromFiles(files);
}

/** Writes a standard as a folder; form files of forms the standard no longer has are removed. */
export async function writeStandardFolder(folder: string, standard: ServiceStandard): Promise<void> {
  const files = standardToFiles(standard);
  await mkdir(path.join(folder, FORMS_DIR), { recursive: true });
  const existing = await readdir(path.join(folder, FORMS_DIR));
  for (const name of existing) {
    if (name.endsWith('.schema.json') && !(`${FORMS_DIR}/${name}` in files)) await rm(path.join(folder, FORMS_DIR, name));
  }
  for (const [relative, content] of Object.entries(files)) await writeFile(path.join(folder, relative), content, 'utf8');
}
