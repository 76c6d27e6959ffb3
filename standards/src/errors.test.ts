import { detailOf, JingzhunError } from './errors';

class SampleError extends JingzhunError {
  readonly code = 'SAMPLE';
  constructor() {
    super('sample went wrong', {
      localized: { zh: '示例出错', en: 'the sample went wrong' },
      details: [{ elementId: 'Task_a', message: { zh: '这里', en: 'here' } }],
      cause: new Error('driver'),
    });
  }
}

describe('JingzhunError', () => {
  it('carries its code, English message, message in both languages, details and cause, named after its class', () => {
    const error = new SampleError();
    expect(error).toBeInstanceOf(JingzhunError);
    expect(error).toMatchObject({
      name: 'SampleError',
      code: 'SAMPLE',
      message: 'sample went wrong',
      localized: { zh: '示例出错', en: 'the sample went wrong' },
      details: [{ elementId: 'Task_a', message: { zh: '这里', en: 'here' } }],
    });
    expect((error.cause as Error).message).toBe('driver');
  });

  it('turns a validation problem into a detail saying where and what, without its severity and code', () => {
    const detail = detailOf({ severity: 'error', code: 'USER_TASK_NO_ROLE', elementId: 'Task_a', message: { zh: '缺少角色', en: 'no role' } });
    expect(detail).toEqual({ elementId: 'Task_a', message: { zh: '缺少角色', en: 'no role' } });
  });
});
