import { CaseNotFoundError, StandardNotRunnableError } from '@jingzhun/engine';
import { JingzhunError, LifecycleForbiddenError } from '@jingzhun/standards';
import { StandardHasErrorsError } from '../standards/errors';
import { HttpError, toHttpError } from './errors';

describe('the HTTP status and body of an error', () => {
  it('answers an engine error by its code, in the caller’s language', () => {
    expect(toHttpError(new CaseNotFoundError('case_1'), 'zh')).toEqual({ status: 404, body: { code: 'CASE_NOT_FOUND', message: '个案不存在' }, unexpected: false });
    expect(toHttpError(new CaseNotFoundError('case_1'), 'en').body).toEqual({ code: 'CASE_NOT_FOUND', message: 'case case_1 not found' });
  });

  it('answers a standards error with its own message in the caller’s language', () => {
    expect(toHttpError(new LifecycleForbiddenError('published', 'submit'), 'en')).toEqual({
      status: 409,
      body: { code: 'LIFECYCLE_FORBIDDEN', message: 'cannot submit a standard that is published' },
      unexpected: false,
    });
  });

  it('answers a version that cannot run and a draft with errors with the same code, each detail where it is', () => {
    const notRunnable = new StandardNotRunnableError('BJ-SW-ELDER', [{ elementId: 'Task_a', message: { zh: '缺少角色', en: 'no role' } }]);
    const hasErrors = new StandardHasErrorsError([{ severity: 'error', code: 'USER_TASK_NO_ROLE', elementId: 'Task_a', message: { zh: '缺少角色', en: 'no role' } }]);
    expect(toHttpError(notRunnable, 'zh').body).toEqual({ code: 'STANDARD_INVALID', message: '标准存在错误', details: [{ elementId: 'Task_a', message: '缺少角色' }] });
    expect(toHttpError(hasErrors, 'en').body).toEqual({ code: 'STANDARD_INVALID', message: 'the standard has errors; fix them first', details: [{ elementId: 'Task_a', message: 'no role' }] });
  });

  it('sends each detail in the caller’s language', () => {
    const error = new HttpError('BAD_REQUEST', { zh: '查询参数无效', en: 'the query is invalid' }, [
      { pointer: '/query/district', message: { zh: '没有这个区：Dong-Cheng', en: 'no such district: Dong-Cheng' } },
    ]);
    expect(toHttpError(error, 'zh').body).toEqual({ code: 'BAD_REQUEST', message: '查询参数无效', details: [{ pointer: '/query/district', message: '没有这个区：Dong-Cheng' }] });
    expect(toHttpError(error, 'en').body).toEqual({ code: 'BAD_REQUEST', message: 'the query is invalid', details: [{ pointer: '/query/district', message: 'no such district: Dong-Cheng' }] });
  });

  it('answers an object that only looks like a domain error, with a known code, as an unexpected failure', () => {
    const lookalike = Object.assign(new Error('not ours'), { code: 'CASE_NOT_FOUND', details: [] });
    expect(toHttpError(lookalike, 'en')).toEqual({ status: 500, body: { code: 'INTERNAL', message: 'an unexpected error occurred' }, unexpected: true });
  });

  it('answers a JingzhunError whose code no client can receive as an unexpected failure', () => {
    class InternalOnlyError extends JingzhunError {
      readonly code = 'RUN_FAILED';
    }
    expect(toHttpError(new InternalOnlyError('a run failed'), 'zh')).toMatchObject({ status: 500, body: { code: 'INTERNAL' }, unexpected: true });
  });

  it('answers a body the parser could not read as the client’s fault', () => {
    const parserError = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400, expose: true });
    expect(toHttpError(parserError, 'en')).toMatchObject({ status: 400, body: { code: 'BAD_JSON' }, unexpected: false });
  });
});
