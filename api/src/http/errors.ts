/**
 * The one place that knows HTTP status codes. Every domain error is a JingzhunError (the platform's one
 * base class) with a string `code`; this maps each code to a status in one exhaustive switch, and
 * shapes every error body as `{code, message, details?}` in the caller's language.
 */
import { ENGINE_ERROR_CODES, type EngineErrorCode } from '@jingzhun/engine';
import { JingzhunError, type ErrorDetail, type LocalizedText } from '@jingzhun/standards';

/** A detail of an error body, in the caller's language. */
interface ErrorBodyDetail {
  /** JSON pointer the detail concerns: into the body, or `/query/…`, `/path/…`. */
  pointer?: string;
  /** BPMN element id the detail concerns. */
  elementId?: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: ErrorBodyDetail[];
}

/** Every error code a client can receive: the HTTP layer's own and the API's (the engine's are added below). */
const API_ERROR_CODES = [
  'NOT_FOUND',
  'BAD_JSON',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'USERNAME_TAKEN',
  'DISTRICT_REQUIRED',
  'STANDARD_NOT_FOUND',
  'STANDARD_EXISTS',
  'STANDARD_INVALID',
  'DRAFT_NOT_FOUND',
  'DRAFT_STALE',
  'LIFECYCLE_FORBIDDEN',
  'SELF_REVIEW',
  'ARCHIVE_INVALID',
  'VALIDATION_TIMEOUT',
  'VALIDATION_BUSY',
  'ASSIGNEE_INVALID',
  'STORE_UNAVAILABLE',
  'INTERNAL',
] as const;

export const HTTP_ERROR_CODES = [...API_ERROR_CODES, ...ENGINE_ERROR_CODES.filter((c) => c !== 'STANDARD_INVALID')] as const;

export type ErrorCode = (typeof API_ERROR_CODES)[number] | EngineErrorCode;

/** What each code means, in Chinese, for errors raised without a message of their own in Chinese. */
const ZH: Record<ErrorCode, string> = {
  NOT_FOUND: '未找到',
  BAD_JSON: '请求体不是有效的 JSON',
  BAD_REQUEST: '请求无效',
  PAYLOAD_TOO_LARGE: '请求体过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  UNAUTHENTICATED: '请先登录',
  INVALID_CREDENTIALS: '用户名或密码错误',
  FORBIDDEN: '无权执行此操作',
  CONFLICT: '与当前状态冲突',
  TOO_MANY_REQUESTS: '请求过于频繁',
  USERNAME_TAKEN: '用户名已被使用',
  DISTRICT_REQUIRED: '该岗位须指明所在的区',
  STANDARD_NOT_FOUND: '标准不存在',
  STANDARD_EXISTS: '标准编号已被使用',
  STANDARD_INVALID: '标准存在错误',
  DRAFT_NOT_FOUND: '没有草稿',
  DRAFT_STALE: '草稿已被他人修改，请重新加载',
  LIFECYCLE_FORBIDDEN: '当前状态下不能执行此操作',
  SELF_REVIEW: '起草人不能审核自己的草稿',
  ARCHIVE_INVALID: '标准压缩包无效',
  VALIDATION_TIMEOUT: '校验该标准用时过长，已停止',
  VALIDATION_BUSY: '校验请求过多，请稍后再试',
  ASSIGNEE_INVALID: '只能转交给本区能办理此任务的社工',
  STORE_UNAVAILABLE: '数据库暂时不可用',
  INTERNAL: '服务器发生意外错误',
  VERSION_NOT_FOUND: '标准版本不存在',
  VERSION_CONFLICT: '该版本号已存在且内容不同',
  VERSION_RETIRED: '该版本已废止',
  NOT_DEPLOYED: '该标准未在本区部署',
  DISTRICT_UNKNOWN: '没有这个区',
  VARIANT_INVALID: '区级参数不符合要求（只能在允许范围内收紧）',
  CASE_NOT_FOUND: '个案不存在',
  CASE_KEY_TAKEN: '个案编号已被使用',
  CASE_DATA_INVALID: '服务对象信息不符合准入条件',
  CASE_CONFLICT: '个案已被他人同时修改，请刷新后重试',
  CASE_NOT_RUNNING: '个案已结束',
  TASK_NOT_FOUND: '任务不存在',
  TASK_NOT_OPEN: '任务已完成或已取消',
  TASK_DATA_INVALID: '表单填写有误',
  TASK_CLAIMED: '任务已被他人认领',
  TASK_NOT_FOR_ROLE: '此任务属于其他角色，您不能办理',
  MESSAGE_NOT_CORRELATED: '没有等待该消息的个案',
  MESSAGE_AMBIGUOUS: '有多个个案在等待该消息，请指明标准',
  INCIDENT_NOT_FOUND: '故障记录不存在',
  DUE_DATE_INVALID: '标准中的时限或定时器无法读取',
  DUE_DATE_OUT_OF_RANGE: '标准中的时限或定时器算出的到期时间超出范围',
  NOTICE_NOT_FOUND: '督办通知不存在',
  NOTICE_INVALID: '督办通知填写有误',
  NOTICE_INDICATOR_UNKNOWN: '该标准没有这个指标',
  NOTICE_CLOSED: '督办通知已办结',
  NOTICE_NOT_REPLIED: '区里尚未回复该督办通知',
  NOTICE_ALREADY_REPLIED: '已回复该督办通知，正等待督导人员审阅',
  NOTICE_CONFLICT: '督办通知已被他人同时处理，请刷新后重试',
  RECORD_INVALID: '服务记录填写有误',
  RECORDS_REQUIRED: '服务记录不足，暂不能完成此任务',
};

/**
 * Thrown by handlers for a failure the client should see; the middleware turns it into a response.
 * A detail given in one language (a value, or a message already in the caller's) is sent as it is.
 */
export class HttpError extends JingzhunError {
  constructor(
    readonly code: ErrorCode,
    message: LocalizedText,
    details?: readonly ErrorDetail[],
  ) {
    super(message.en, { localized: message, details });
  }
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_JSON':
    case 'BAD_REQUEST':
    case 'STANDARD_INVALID':
    case 'ARCHIVE_INVALID':
    case 'CASE_DATA_INVALID':
    case 'TASK_DATA_INVALID':
    case 'VARIANT_INVALID':
    case 'DISTRICT_UNKNOWN':
    case 'NOTICE_INVALID':
    case 'NOTICE_INDICATOR_UNKNOWN':
    case 'DISTRICT_REQUIRED':
    case 'RECORD_INVALID':
    case 'ASSIGNEE_INVALID':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'SELF_REVIEW':
    case 'TASK_NOT_FOR_ROLE':
      return 403;
    case 'NOT_FOUND':
    case 'STANDARD_NOT_FOUND':
    case 'DRAFT_NOT_FOUND':
    case 'VERSION_NOT_FOUND':
    case 'CASE_NOT_FOUND':
    case 'TASK_NOT_FOUND':
    case 'INCIDENT_NOT_FOUND':
    case 'MESSAGE_NOT_CORRELATED':
    case 'NOTICE_NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'USERNAME_TAKEN':
    case 'STANDARD_EXISTS':
    case 'DRAFT_STALE':
    case 'LIFECYCLE_FORBIDDEN':
    case 'VERSION_CONFLICT':
    case 'VERSION_RETIRED':
    case 'NOT_DEPLOYED':
    case 'CASE_KEY_TAKEN':
    case 'CASE_CONFLICT':
    case 'CASE_NOT_RUNNING':
    case 'TASK_NOT_OPEN':
    case 'TASK_CLAIMED':
    case 'MESSAGE_AMBIGUOUS':
    case 'NOTICE_CLOSED':
    case 'NOTICE_NOT_REPLIED':
    case 'NOTICE_ALREADY_REPLIED':
    case 'NOTICE_CONFLICT':
    case 'RECORDS_REQUIRED':
      return 409;
    case 'VALIDATION_TIMEOUT':
      // The document, not the load, is at fault: the deadline counts from when a worker starts it.
      return 422;
    case 'TOO_MANY_REQUESTS':
      return 429;
    // The request is sound, the standard's times are not (validation refuses them; old versions may hold them).
    case 'DUE_DATE_INVALID':
    case 'DUE_DATE_OUT_OF_RANGE':
      return 422;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'STORE_UNAVAILABLE':
    case 'VALIDATION_BUSY':
      return 503;
    case 'INTERNAL':
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (HTTP_ERROR_CODES as readonly string[]).includes(value);
}

/** Errors raised by body-parser carry a `type`; those are the client's fault, not ours. */
function fromBodyParser(error: { type?: unknown; message?: string }): HttpError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpError('BAD_JSON', {
        zh: `请求体不是有效的 JSON：${error.message ?? ''}`,
        en: `the request body is not valid JSON: ${error.message ?? ''}`,
      });
    case 'entity.too.large':
      return new HttpError('PAYLOAD_TOO_LARGE', { zh: '请求体超过服务器允许的大小', en: 'the request body is larger than the server accepts' });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError('UNSUPPORTED_MEDIA_TYPE', { zh: `不支持请求体的编码：${error.message ?? ''}`, en: error.message ?? 'unsupported encoding' });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new HttpError('BAD_REQUEST', { zh: `无法读取请求体：${error.message ?? ''}`, en: error.message ?? 'the request body could not be read' });
    default:
      return fromClientStatus(error as { status?: unknown; statusCode?: unknown; expose?: unknown; message?: string });
  }
}

/**
 * Other parser failures (a body that does not inflate, a malformed header) carry a 4xx `status` and
 * `expose`, as the http-errors library makes them: the client's fault too, never a 500.
 */
function fromClientStatus(error: { status?: unknown; statusCode?: unknown; expose?: unknown; message?: string }): HttpError | undefined {
  const status = typeof error.status === 'number' ? error.status : error.statusCode;
  // The router marks a path it cannot percent-decode with status 400 on a plain URIError.
  if (typeof status !== 'number' || status < 400 || status > 499 || (error.expose !== true && !(error instanceof URIError))) return undefined;
  if (status === 413) return new HttpError('PAYLOAD_TOO_LARGE', { zh: '请求体超过服务器允许的大小', en: 'the request body is larger than the server accepts' });
  if (status === 415) return new HttpError('UNSUPPORTED_MEDIA_TYPE', { zh: '不支持的内容类型', en: error.message ?? 'unsupported media type' });
  return new HttpError('BAD_REQUEST', { zh: '无法读取请求体', en: `the request body could not be read: ${error.message ?? ''}` });
}

/**
 * Turns anything thrown into the status and body sent, in the caller's language, and says whether it
 * was our fault. Domain errors are JingzhunErrors with a code a client can receive; the body parser's
 * are recognised by their `type` or status. Anything else, a JingzhunError with another code among
 * them, is an unexpected failure.
 */
export function toHttpError(error: unknown, lang: 'zh' | 'en' = 'zh'): { status: number; body: ErrorBody; unexpected: boolean } {
  const known = error instanceof JingzhunError ? error : error && typeof error === 'object' ? fromBodyParser(error as { type?: unknown; message?: string }) : undefined;
  if (!known || !isErrorCode(known.code)) {
    const message = lang === 'zh' ? '服务器发生意外错误' : 'an unexpected error occurred';
    return { status: 500, body: { code: 'INTERNAL', message }, unexpected: true };
  }
  const code = known.code;
  const message = known.localized?.[lang] ?? (lang === 'zh' ? ZH[code] : known.message);
  const body: ErrorBody = { code, message };
  if (known.details.length) {
    body.details = known.details.map((d) => ({
      ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
      ...(d.elementId !== undefined ? { elementId: d.elementId } : {}),
      message: d.message[lang],
    }));
  }
  return { status: statusOf(code), body, unexpected: code === 'INTERNAL' };
}
