import type { Runtime } from './create-runtime';
import { manualClock, runtimeEachTest, storeTargets, versionFixture, type TestStore } from '../testing';

const INTAKE = `
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <bpmn:userTask id="intake" name="接案登记" std:role="worker" std:form="note" />
    <bpmn:sequenceFlow id="f2" sourceRef="intake" targetRef="end" />
    <bpmn:endEvent id="end" />`;

describe.each(storeTargets())('case numbers on $kind', (target) => {
  let store: TestStore;
  let runtime: Runtime;
  // Monday 30 December 2024 in Beijing.
  const clock = manualClock('2024-12-30T02:00:00.000Z');
  runtimeEachTest(target, { clock }, async (s, r) => {
    [store, runtime] = [s, r];
    for (const code of ['BJ-TEST-CASE', 'BJ-TEST-OTHER']) {
      await runtime.registerVersion(versionFixture(INTAKE, { code }));
      await runtime.deploy({ code, version: 1, districts: ['dongcheng', 'xicheng'], actor: 'admin' });
    }
  });

  const start = (options: { caseKey?: string; district?: string; code?: string; data?: Record<string, unknown> } = {}) =>
    runtime.startCase({ code: options.code ?? 'BJ-TEST-CASE', district: options.district ?? 'dongcheng', caseKey: options.caseKey, data: options.data ?? { name: '张桂兰' }, actor: 'op-1' });

  it('numbers a case started without a number: the district’s prefix, the Beijing year and the district’s sequence', async () => {
    expect((await start()).caseKey).toBe('DC-2024-000001');
    // One sequence per district, whatever the standard.
    expect((await start({ code: 'BJ-TEST-OTHER' })).caseKey).toBe('DC-2024-000002');
    expect((await start({ district: 'xicheng' })).caseKey).toBe('XC-2024-000001');
    // 16:00 on 31 December in London is New Year's morning in Beijing: a new year, a new sequence.
    clock.set('2024-12-31T16:30:00.000Z');
    expect((await start()).caseKey).toBe('DC-2025-000001');
    expect((await start()).caseKey).toBe('DC-2025-000002');
  });

  it('keeps a number given by hand, and passes over it when the sequence comes to it', async () => {
    expect((await start({ caseKey: 'DC-2024-000002', code: 'BJ-TEST-OTHER' })).caseKey).toBe('DC-2024-000002');
    expect((await start()).caseKey).toBe('DC-2024-000001');
    expect((await start()).caseKey).toBe('DC-2024-000003');
  });

  it('gives starts at the same moment different numbers, and a refused start none', async () => {
    await expect(start({ data: {} })).rejects.toMatchObject({ code: 'CASE_DATA_INVALID' });
    const started = await Promise.all(Array.from({ length: 6 }, () => start()));
    expect(started.map((c) => c.caseKey).sort()).toEqual(['DC-2024-000001', 'DC-2024-000002', 'DC-2024-000003', 'DC-2024-000004', 'DC-2024-000005', 'DC-2024-000006']);
    const { rows } = await store.query<{ last: number }>(`SELECT last FROM case_numbers WHERE district = 'dongcheng'`);
    expect(rows).toEqual([{ last: 6 }]);
  });
});
