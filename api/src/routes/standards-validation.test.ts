import request from 'supertest';
import { productionStoreTarget } from '@jingzhun/engine/testing';
import { MAX_FLOW_ELEMENTS, type Problem } from '@jingzhun/standards';
import { generateStandard, sampleStandard, SAMPLE_CODE } from '@jingzhun/standards/testing';
import { openHarness, type Harness, type HarnessOptions } from '../test-support/harness';

/** The sample with a process of `tasks` tasks in a row (no diagram, default namespace). */
function withTasks(tasks: number) {
  const parts = ['<startEvent id="S"/>'];
  let previous = 'S';
  for (let i = 0; i < tasks; i += 1) {
    parts.push(`<task id="T${i}"/><sequenceFlow id="F${i}" sourceRef="${previous}" targetRef="T${i}"/>`);
    previous = `T${i}`;
  }
  parts.push(`<endEvent id="E"/><sequenceFlow id="FE" sourceRef="${previous}" targetRef="E"/>`);
  const process = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="http://jingzhun.org/test"><process id="P" isExecutable="true">${parts.join('')}</process></definitions>`;
  return { ...sampleStandard(), process };
}

/** A standard just within the size bound: validating it keeps a worker busy for a good while. */
const SLOW = generateStandard({ elements: MAX_FLOW_ELEMENTS - 13, code: SAMPLE_CODE });

describe.each([productionStoreTarget()])('validating standards on $kind', (target) => {
  let h: Harness;
  let tokens: Record<'officer' | 'reviewer' | 'worker' | 'operator' | 'supervisor', string>;

  async function open(options: HarnessOptions = {}) {
    h = await openHarness(target, options);
    tokens = {
      officer: await h.signIn({ username: 'officer', role: 'standards_officer' }),
      reviewer: await h.signIn({ username: 'reviewer', role: 'reviewer' }),
      worker: await h.signIn({ username: 'dc.worker', role: 'caseworker', district: 'dongcheng' }),
      operator: await h.signIn({ username: 'dc.operator', role: 'district_operator', district: 'dongcheng' }),
      supervisor: await h.signIn({ username: 'supervisor', role: 'supervisor' }),
    };
  }
  afterEach(() => h.close());

  const validate = (who: keyof typeof tokens, standard: object) =>
    request(h.app).post('/api/standards/validate').set('Authorization', `Bearer ${tokens[who]}`).send({ standard });

  it('is for authors only: caseworkers, district operators, supervisors and reviewers get 403', async () => {
    await open();
    for (const who of ['worker', 'operator', 'supervisor', 'reviewer'] as const) {
      const res = await validate(who, sampleStandard()).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await validate('officer', sampleStandard()).expect(200, { problems: [] });
  });

  it('refuses a process larger than a standard may have, at /process, on validation and on save', async () => {
    await open();
    const huge = withTasks(MAX_FLOW_ELEMENTS);
    const tooLarge: Problem = {
      severity: 'error',
      code: 'PROCESS_TOO_LARGE',
      pointer: '/process',
      message: { zh: expect.stringContaining('2,000'), en: expect.stringContaining('2,000') },
    };
    const validated = await validate('officer', huge).expect(200);
    expect(validated.body.problems).toEqual([tooLarge]);

    const created = await request(h.app).post('/api/standards').set('Authorization', `Bearer ${tokens.officer}`).send({ standard: huge }).expect(201);
    expect(created.body.draft.problems).toEqual([tooLarge]);
    await request(h.app).post(`/api/standards/${SAMPLE_CODE}/draft/submit`).set('Authorization', `Bearer ${tokens.officer}`).expect(400);
  });

  it('answers other requests while a slow validation runs in a worker', async () => {
    await open();
    const pool = h.app.services.validation;
    const validateInPool = pool.validate.bind(pool);
    const started = new Promise<void>((resolve) => {
      pool.validate = (document) => {
        resolve();
        return validateInPool(document);
      };
    });
    let validated = false;
    const validating = validate('officer', SLOW).then((res) => {
      validated = true;
      return res;
    });
    await started;
    await request(h.app).get('/api/health').expect(200);
    expect(validated).toBe(false);
    const res = await validating;
    expect(res.status).toBe(200);
    expect(res.body.problems).not.toContainEqual(expect.objectContaining({ code: 'PROCESS_TOO_LARGE' }));
  });

  it('stops a validation past its deadline with VALIDATION_TIMEOUT, and the next document gets a new worker', async () => {
    await open({ validation: { deadlineMs: 1 } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const res = await validate('officer', SLOW).set('Accept-Language', 'en').expect(422);
      expect(res.body).toEqual({ code: 'VALIDATION_TIMEOUT', message: expect.stringContaining('took longer than') });
    }
    // Saving validates too: nothing is saved when the validation does not finish.
    const zh = await request(h.app).post('/api/standards').set('Authorization', `Bearer ${tokens.officer}`).send({ standard: SLOW });
    expect(zh.status).toBe(422);
    expect(zh.body).toEqual({ code: 'VALIDATION_TIMEOUT', message: expect.stringContaining('校验该标准超过') });
    await request(h.app).get(`/api/standards/${SAMPLE_CODE}`).set('Authorization', `Bearer ${tokens.officer}`).expect(404);
  });

  it('refuses documents beyond the queue with VALIDATION_BUSY', async () => {
    await open({ validation: { queueLimit: 1 } });
    // One worker: while it starts (or works on the first), the second document waits and the third is refused.
    const replies = await Promise.all([validate('officer', SLOW), validate('officer', SLOW), validate('officer', SLOW)]);
    const statuses = replies.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(replies.find((r) => r.status === 503)!.body.code).toBe('VALIDATION_BUSY');
  });

  it('does not submit a draft saved while its submission was being validated: 409 DRAFT_STALE', async () => {
    await open();
    const officer = (r: request.Test) => r.set('Authorization', `Bearer ${tokens.officer}`);
    await officer(request(h.app).post('/api/standards')).send({ standard: sampleStandard() }).expect(201);
    const pool = h.app.services.validation;
    const validateInPool = pool.validate.bind(pool);
    let saved: Promise<unknown> | undefined;
    pool.validate = async (document) => {
      // The submission's validation: the author saves a new revision meanwhile (validated in turn).
      if (!saved) {
        const revised = { ...sampleStandard(), summary: { zh: '改过的摘要', en: 'A revised summary' } };
        saved = officer(request(h.app).put(`/api/standards/${SAMPLE_CODE}/draft`)).send({ standard: revised, revision: 1 }).expect(200);
        await saved;
      }
      return validateInPool(document);
    };
    const res = await officer(request(h.app).post(`/api/standards/${SAMPLE_CODE}/draft/submit`)).expect(409);
    expect(res.body.code).toBe('DRAFT_STALE');
    const detail = (await officer(request(h.app).get(`/api/standards/${SAMPLE_CODE}`)).expect(200)).body;
    expect(detail.draft).toMatchObject({ status: 'draft', revision: 2, standard: { summary: { en: 'A revised summary' } } });
  });

  it('stops its validation workers when the app is closed', async () => {
    await open();
    await validate('officer', sampleStandard()).expect(200);
    await h.close();
    await expect(h.app.services.validation.validate(sampleStandard())).rejects.toThrow('closed');
    h = await openHarness(target); // for afterEach
  });
});
