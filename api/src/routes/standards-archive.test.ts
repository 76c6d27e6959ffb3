import request from 'supertest';
import { strToU8, zipSync } from 'fflate';
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { standardFromZip, standardToFiles, standardToZip } from '@jingzhun/standards';
import { sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import { openHarness, type Harness } from '../test-support/harness';

/** supertest's binary parser: the response body as a Buffer. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe.each([productionStoreTarget()])('standards as zips over HTTP on $kind', (target) => {
  let h: Harness;
  let officer: string;
  let reviewer: string;
  let worker: string;
  beforeEach(async () => {
    h = await openHarness(target);
    officer = await h.signIn({ username: 'officer', role: 'standards_officer' });
    reviewer = await h.signIn({ username: 'reviewer', role: 'reviewer' });
    worker = await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' });
  });
  afterEach(() => h.close());

  const importZip = (token: string, bytes: Uint8Array, type = 'application/zip') =>
    request(h.app).post('/api/standards/import').set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(Buffer.from(bytes));
  const exportZip = (token: string, query = '') =>
    request(h.app).get(`/api/standards/${SAMPLE_CODE}/export${query}`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);

  it('imports a zip as a new standard, and exports it back unchanged', async () => {
    const created = await importZip(officer, standardToZip(sampleStandard())).expect(201);
    expect(created.body).toMatchObject({ code: SAMPLE_CODE, created: true, draft: { revision: 1, status: 'draft', problems: [] } });

    const exported = await exportZip(worker).expect(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="${SAMPLE_CODE}-draft.zip"`);
    expect(standardFromZip(new Uint8Array(exported.body as Buffer)).standard).toEqual(sampleStandard());
  });

  it('imports a zip of an existing standard as its next draft, and exports a chosen version', async () => {
    await request(h.app).post('/api/standards').set('Authorization', `Bearer ${officer}`).send({ standard: sampleStandard() }).expect(201);
    await request(h.app).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).set('Authorization', `Bearer ${officer}`).expect(200);
    await request(h.app).post(`/api/standards/${SAMPLE_CODE}/draft/approve`).set('Authorization', `Bearer ${reviewer}`).send({}).expect(200);

    const next = { ...sampleStandard(), summary: { zh: '第二版', en: 'Second edition' } };
    const saved = await importZip(officer, standardToZip(next)).expect(201);
    expect(saved.body).toMatchObject({ code: SAMPLE_CODE, created: false, draft: { revision: 1, basedOnVersion: 1, standard: { summary: next.summary } } });

    const v1 = await exportZip(officer, '?version=1').expect(200);
    expect(v1.headers['content-disposition']).toContain(`${SAMPLE_CODE}-v1.zip`);
    expect((standardFromZip(new Uint8Array(v1.body as Buffer)).standard as { summary: unknown }).summary).toEqual(sampleStandard().summary);
    const draft = await exportZip(officer, '?version=draft').expect(200);
    expect((standardFromZip(new Uint8Array(draft.body as Buffer)).standard as { summary: unknown }).summary).toEqual(next.summary);

    // Once the draft is in review, an import may not change it.
    await request(h.app).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect((await importZip(officer, standardToZip(sampleStandard())).expect(409)).body.code).toBe('LIFECYCLE_FORBIDDEN');
  });

  it('keeps a standard with problems as a draft that lists them', async () => {
    const broken = sampleStandard();
    broken.process = broken.process.replace('std:role="supervisor"', 'std:role="director"');
    const res = await importZip(officer, standardToZip(broken)).expect(201);
    expect(res.body.draft.problems).toEqual([expect.objectContaining({ code: 'USER_TASK_ROLE_UNKNOWN', elementId: 'Task_plan' })]);
  });

  it('refuses what is not a readable standard archive with ARCHIVE_INVALID and says why', async () => {
    const garbage = await importZip(officer, strToU8('this is not a zip')).set('Accept-Language', 'en').expect(400);
    expect(garbage.body).toMatchObject({ code: 'ARCHIVE_INVALID', details: [expect.objectContaining({ message: expect.stringContaining('cannot be read') })] });

    const unsafe = await importZip(officer, zipSync({ 'standard.json': strToU8('{}'), '../evil.txt': strToU8('x') })).set('Accept-Language', 'en').expect(400);
    expect(unsafe.body.details[0].message).toContain('unsafe path ../evil.txt');

    // 25 MiB of zeros packs into a few KiB: unpacking it is refused before it fills memory.
    const bomb = zipSync({ 'standard.json': new Uint8Array(25 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect((await importZip(officer, bomb).set('Accept-Language', 'en').expect(400)).body.details[0].message).toContain('unpacks to more than');

    const noCode = await importZip(officer, zipSync({ 'standard.json': strToU8('{"title":{"zh":"无编号","en":"No code"}}'), 'process.bpmn': strToU8('<x/>') })).expect(400);
    expect(noCode.body).toMatchObject({ code: 'ARCHIVE_INVALID', details: [expect.objectContaining({ pointer: '/standard.json/code' })] });

    const badForm = await importZip(officer, zipSync({ 'standard.json': strToU8(JSON.stringify({ code: SAMPLE_CODE, title: { zh: 'x', en: 'x' } })), 'process.bpmn': strToU8(sampleStandard().process), 'forms/a.schema.json': strToU8('{') })).expect(400);
    expect(badForm.body.details).toEqual([expect.objectContaining({ pointer: '/forms/a' })]);
    expect((await request(h.app).get('/api/standards').set('Authorization', `Bearer ${officer}`).expect(200)).body.items).toEqual([]);
  });

  it('refuses a zip whose form or standard.json nests 5,000 levels deep with ARCHIVE_INVALID naming the file, not a 500', async () => {
    const deep = (inner: string) => `${'{"a":'.repeat(5000)}${inner}${'}'.repeat(5000)}`;
    const files = Object.fromEntries(Object.entries(standardToFiles(sampleStandard())).map(([name, text]) => [name, strToU8(text)]));
    const deepForm = await importZip(officer, zipSync({ ...files, 'forms/plan.schema.json': strToU8(`{"type":"object","properties":${deep('{}')}}`) }))
      .set('Accept-Language', 'en')
      .expect(400);
    expect(deepForm.body).toEqual({
      code: 'ARCHIVE_INVALID',
      message: expect.any(String),
      details: [{ pointer: '/forms/plan', message: 'forms/plan.schema.json is nested deeper than 64 levels' }],
    });
    const deepMain = await importZip(officer, zipSync({ ...files, 'standard.json': strToU8(`{"code":"${SAMPLE_CODE}","extra":${deep('1')}}`) })).expect(400);
    expect(deepMain.body).toMatchObject({ code: 'ARCHIVE_INVALID', details: [{ pointer: '', message: expect.stringContaining('standard.json') }] });
    expect((await request(h.app).get('/api/standards').set('Authorization', `Bearer ${officer}`).expect(200)).body.items).toEqual([]);
  });

  it('takes only zips within the body limit, from authors', async () => {
    const zip = standardToZip(sampleStandard());
    expect((await importZip(officer, zip, 'application/octet-stream').expect(415)).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await request(h.app).post('/api/standards/import').set('Authorization', `Bearer ${officer}`).send({ zip: 'base64' }).expect(415);
    const huge = zipSync({ 'standard.json': crypto.getRandomValues(new Uint8Array(60_000)), pad: new Uint8Array(0) }, { level: 0 });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(huge);
    expect((await importZip(officer, big).expect(413)).body.code).toBe('PAYLOAD_TOO_LARGE');
    await importZip(worker, zip).expect(403);
    await request(h.app).post('/api/standards/import').set('Content-Type', 'application/zip').send(Buffer.from(zip)).expect(401);
  });

  it('exports only what exists', async () => {
    await exportZip(officer).expect(404);
    await importZip(officer, standardToZip(sampleStandard())).expect(201);
    const json = (res: { body: Buffer }) => JSON.parse(res.body.toString('utf8'));
    expect(json(await exportZip(officer, '?version=1').expect(404)).code).toBe('VERSION_NOT_FOUND');
    expect(json(await exportZip(officer, '?version=zero').expect(400)).details).toEqual([expect.objectContaining({ pointer: '/query/version' })]);
    await request(h.app).get(`/api/standards/${SAMPLE_CODE}/export`).expect(401);
  });
});
