import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { storeTargets, type TestStore } from '@jingzhun/engine/testing';
import { createApp } from './app';
import { createLogger } from './logger';

describe.each(storeTargets())('the app on $kind', (target) => {
  let store: TestStore;
  let editorDir: string;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    store = await target.open();
    editorDir = mkdtempSync(path.join(tmpdir(), 'jingzhun-editor-'));
    app = createApp({ store, logger: createLogger('silent'), config: { bodyLimit: 1024, editorDir } });
  });
  afterEach(async () => {
    await store.dispose();
    rmSync(editorDir, { recursive: true, force: true });
  });

  it('answers /api/health with the store kind and migration', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', store: target.kind, migration: store.migration });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a sane request id from the caller', async () => {
    const res = await request(app).get('/api/health').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('answers an unknown API route with a 404 error body', async () => {
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('/nothing-here') });
  });

  it('refuses malformed JSON with 400 BAD_JSON and writes nothing', async () => {
    const before = await store.query('SELECT * FROM app_meta');
    const res = await request(app).post('/api/health').set('Content-Type', 'application/json').send('{"a":').expect(400);
    expect(res.body.code).toBe('BAD_JSON');
    expect(typeof res.body.message).toBe('string');
    expect((await store.query('SELECT * FROM app_meta')).rows).toEqual(before.rows);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await request(app)
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(2048) }))
      .expect(413);
    expect(res.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  });

  it('serves a bilingual placeholder at / before the editor is built, and the editor once it is', async () => {
    const placeholder = await request(app).get('/').expect(200);
    expect(placeholder.text).toContain('精准');
    expect(placeholder.text).toContain('Jingzhun');
    writeFileSync(path.join(editorDir, 'index.html'), '<html><body>built editor</body></html>');
    writeFileSync(path.join(editorDir, 'app.js'), 'console.log(1)');
    expect((await request(app).get('/standards/BJ-SW-ELDER').expect(200)).text).toContain('built editor');
    expect((await request(app).get('/app.js').expect(200)).text).toContain('console.log');
  });
});
