import { until, WaitAbandonedError } from './until';

describe('waiting until a condition holds', () => {
  it('checks again until the condition holds, an asynchronous one too', async () => {
    let checks = 0;
    await until(() => ++checks === 3);
    expect(checks).toBe(3);
    let answers = 0;
    await until(async () => ++answers === 2);
    expect(answers).toBe(2);
  });

  // The wait a test leaves behind (here: one that never holds) is given up once that test is over.
  let left: Promise<unknown> | undefined;
  it('leaves a wait that never holds behind', () => {
    left = until(() => false).catch((error: unknown) => error);
  });

  it('gives it up at the end of its test, so nothing polls on for ever', async () => {
    expect(await left).toBeInstanceOf(WaitAbandonedError);
  });
});
