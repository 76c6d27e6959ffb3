import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { sampleStandard } from '../testing/sample-standard';
import { validateStandard } from '../validation/validate-standard';
import { FolderUnreadableError, readStandardFolder, writeStandardFolder } from './standard-folder';
import { standardFromFiles, standardToFiles } from './standard-files';
import { standardFromZip, standardToZip } from './standard-zip';

describe('a standard as files', () => {
  it('splits into standard.json, process.bpmn and one schema file per form, and joins back', () => {
    const files = standardToFiles(sampleStandard());
    expect(Object.keys(files).sort()).toEqual([
      'forms/assessment.schema.json',
      'forms/followup.schema.json',
      'forms/intake.schema.json',
      'forms/plan.schema.json',
      'process.bpmn',
      'standard.json',
    ]);
    expect(JSON.parse(files['standard.json']!)).not.toHaveProperty('process');
    expect(standardFromFiles(files)).toEqual({ standard: sampleStandard(), problems: [] });
  });

  it('says which file is missing or broken', () => {
    expect(standardFromFiles({}).problems.map((p) => p.code)).toEqual(['FILE_MISSING']);
    const files: Record<string, string> = { ...standardToFiles(sampleStandard()), 'forms/plan.schema.json': '{ nope' };
    delete files['process.bpmn'];
    const { problems } = standardFromFiles(files);
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['FILE_MISSING', '/process'],
      ['FILE_JSON_INVALID', '/forms/plan'],
    ]);
  });
});

describe('a standard folder on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'std-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is written and read back to the same standard, which validates', async () => {
    await writeStandardFolder(dir, sampleStandard());
    const { standard, problems } = await readStandardFolder(dir);
    expect(problems).toEqual([]);
    expect(standard).toEqual(sampleStandard());
    expect(await validateStandard(standard)).toEqual([]);
  });

  it('drops the files of forms that were removed when written again', async () => {
    await writeStandardFolder(dir, sampleStandard());
    const fewer = sampleStandard();
    delete fewer.forms['intake'];
    await writeStandardFolder(dir, fewer);
    expect((await readdir(path.join(dir, 'forms'))).sort()).toEqual(['assessment.schema.json', 'followup.schema.json', 'plan.schema.json']);
  });

  it('refuses a process.bpmn over 5 MiB without reading it', async () => {
    await writeStandardFolder(dir, sampleStandard());
    await writeFile(path.join(dir, 'process.bpmn'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    const { problems } = await readStandardFolder(dir);
    expect(problems.map((p) => p.code)).toEqual(['XML_TOO_LARGE']);
  });

  it('throws a coded error for a path that is not a folder', async () => {
    await expect(readStandardFolder(path.join(dir, 'missing'))).rejects.toThrow(FolderUnreadableError);
    await writeFile(path.join(dir, 'file.txt'), 'x');
    await expect(readStandardFolder(path.join(dir, 'file.txt'))).rejects.toMatchObject({ code: 'FOLDER_UNREADABLE' });
    expect(await readFile(path.join(dir, 'file.txt'), 'utf8')).toBe('x');
  });
});

describe('a standard as a zip', () => {
  it('round-trips, and the same standard gives the same bytes', () => {
    const bytes = standardToZip(sampleStandard());
    expect(standardFromZip(bytes)).toEqual({ standard: sampleStandard(), problems: [] });
    expect(Buffer.from(standardToZip(sampleStandard())).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads a zip whose files sit in one top-level folder', () => {
    const files = standardToFiles(sampleStandard());
    const nested = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [`BJ-SW-SAMPLE/${k}`, strToU8(v)])));
    expect(standardFromZip(nested).standard).toEqual(sampleStandard());
  });

  it('refuses what is not a zip, unsafe paths and a zip without standard.json', () => {
    const code = (bytes: Uint8Array) => standardFromZip(bytes).problems.map((p) => p.code);
    expect(code(strToU8('not a zip at all'))).toEqual(['ARCHIVE_INVALID']);
    expect(code(zipSync({ '../evil/standard.json': strToU8('{}') }))).toEqual(['ARCHIVE_INVALID']);
    expect(code(zipSync({ 'readme.txt': strToU8('hello') }))).toEqual(['ARCHIVE_INVALID']);
  });

  it('refuses an archive that unpacks to more than the limit (a zip bomb)', () => {
    const bomb = zipSync({ 'standard.json': new Uint8Array(21 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100_000);
    const { problems } = standardFromZip(bomb);
    expect(problems).toEqual([expect.objectContaining({ code: 'ARCHIVE_INVALID', message: expect.objectContaining({ en: expect.stringContaining('unpacks to more than') }) })]);
  });
});
