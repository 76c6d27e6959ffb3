import { execFile } from 'node:child_process';
import path from 'node:path';
import { sampleStandard } from '@jingzhun/standards/testing';
import { createValidationPool } from './validation-pool';

describe('the validation pool', () => {
  it('validates in a worker thread what validateStandard would find', async () => {
    const pool = createValidationPool({ workers: 1 });
    try {
      expect(pool.threads).toBe(0);
      expect(await pool.validate(sampleStandard())).toEqual([]);
      expect(await pool.validate({ code: 'x' })).toContainEqual(expect.objectContaining({ code: 'SCHEMA' }));
      expect(pool.threads).toBe(1);
    } finally {
      await pool.close();
    }
    expect(pool.threads).toBe(0);
    await expect(pool.validate(sampleStandard())).rejects.toThrow('closed');
  });

  it('refuses documents beyond its queue with VALIDATION_BUSY while its worker starts', async () => {
    const pool = createValidationPool({ workers: 1, queueLimit: 1 });
    try {
      // The worker starts with the first document, so the first waits in the queue and fills it.
      const first = pool.validate(sampleStandard());
      await expect(pool.validate(sampleStandard())).rejects.toMatchObject({ code: 'VALIDATION_BUSY' });
      expect(await first).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('stops a worker idle for idleMs, and starts one again for the next document', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'Date', 'hrtime', 'performance'] });
    const pool = createValidationPool({ workers: 1, idleMs: 60_000 });
    try {
      await pool.validate(sampleStandard());
      expect(pool.threads).toBe(1);
      jest.advanceTimersByTime(60_000);
      expect(pool.threads).toBe(0);
      expect(await pool.validate(sampleStandard())).toEqual([]);
      expect(pool.threads).toBe(1);
    } finally {
      jest.useRealTimers();
      await pool.close();
    }
  });

  it('never keeps its process alive while idle, even when nobody closes it', async () => {
    const script = `
      const { createValidationPool } = require(${JSON.stringify(path.join(__dirname, 'validation-pool.ts'))});
      createValidationPool({ workers: 1 }).validate({ code: 'x' }).then((problems) => console.log(problems.length > 0 ? 'validated' : 'nothing found'));
    `;
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      // Killed if it hangs, so that a failing run leaves no process behind.
      const options = { encoding: 'utf8' as const, timeout: 50_000, killSignal: 'SIGKILL' as const };
      const child = execFile(process.execPath, ['--import', 'tsx', '-e', script], options, (_error, out) => resolve({ code: child.exitCode, stdout: out }));
    });
    expect(stdout.trim()).toBe('validated');
    expect(code).toBe(0);
  });
});
