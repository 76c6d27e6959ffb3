import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { sampleStandard } from '../testing/sample-standard';
import { MAX_JSON_DEPTH, tooDeepAt } from '../validation/json-nesting';
import { validateStandard } from '../validation/validate-standard';
import { FolderUnreadableError, readStandardFolder, writeStandardFolder } from './standard-folder';
import { standardFromFiles, standardToFiles } from './standard-files';
import { standardFromZip, standardToZip } from './standard-zip';

/** JSON text of a value nested `levels` deep: `{"a":{"a":…{}…}}` (written out: JSON.stringify itself overflows). */
const nested = (levels: number, inner = '{}') => `${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;

/** The sample's files with the plan form nested `levels` deep (a form schema whose property nests). */
function withDeepForm(levels: number): Record<string, string> {
  return { ...standardToFiles(sampleStandard()), 'forms/plan.schema.json': `{"type":"object","properties":${nested(levels)}}` };
}

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

describe('nesting, bounded when files are read', () => {
  it('refuses a form nested 5,000 levels deep with a problem naming its file, and reads the rest', () => {
    const { standard, problems } = standardFromFiles(withDeepForm(5000));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'JSON_TOO_DEEP', pointer: '/forms/plan', message: expect.objectContaining({ en: expect.stringContaining('forms/plan.schema.json') }) }),
    ]);
    expect(Object.keys((standard as { forms: object }).forms)).not.toContain('plan');
  });

  it('refuses a standard.json nested too deep, and locates the first value beyond the bound', async () => {
    const files = { ...standardToFiles(sampleStandard()) };
    files['standard.json'] = files['standard.json']!.replace(/}\s*$/, `,"extra":${nested(MAX_JSON_DEPTH, '1')}}`);
    const { standard, problems } = standardFromFiles(files);
    expect(standard).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'JSON_TOO_DEEP', pointer: `/extra${'/a'.repeat(MAX_JSON_DEPTH - 1)}/a` })]);
  });

  it('accepts nesting up to the bound', () => {
    // Counted where the form sits in the standard (/forms/plan/properties/a/…): its innermost {} at depth 3 + levels.
    const { standard, problems } = standardFromFiles(withDeepForm(MAX_JSON_DEPTH - 3));
    expect(problems).toEqual([]);
    expect(tooDeepAt(standard)).toBeUndefined();
    expect(standardFromFiles(withDeepForm(MAX_JSON_DEPTH - 2)).problems).toEqual([expect.objectContaining({ code: 'JSON_TOO_DEEP', pointer: '/forms/plan' })]);
  });

  it('refuses the same in a zip and in a folder on disk, and validation refuses a document too deep without throwing', async () => {
    const zip = zipSync(Object.fromEntries(Object.entries(withDeepForm(5000)).map(([k, v]) => [k, strToU8(v)])));
    expect(standardFromZip(zip).problems.map((p) => p.code)).toEqual(['JSON_TOO_DEEP']);
    const dir = await mkdtemp(path.join(tmpdir(), 'std-deep-'));
    try {
      await writeStandardFolder(dir, sampleStandard());
      await writeFile(path.join(dir, 'forms', 'plan.schema.json'), withDeepForm(5000)['forms/plan.schema.json']!);
      expect((await readStandardFolder(dir)).problems.map((p) => p.code)).toEqual(['JSON_TOO_DEEP']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const deep = sampleStandard();
    deep.forms['plan'] = JSON.parse(`{"type":"object","properties":${nested(3000)}}`) as Record<string, unknown>;
    expect(await validateStandard(deep)).toEqual([expect.objectContaining({ code: 'JSON_TOO_DEEP', severity: 'error' })]);
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
