/**
 * Domain errors of the engine. Each condition has its own class, a JingzhunError (the platform's one
 * base class, in `@jingzhun/standards`) with a string `code` that survives serialisation; the API maps
 * codes to HTTP statuses in one switch over `ENGINE_ERROR_CODES`.
 */
import { JingzhunError, type ErrorDetail, type LocalizedText } from '@jingzhun/standards';

export type { ErrorDetail } from '@jingzhun/standards';

export const ENGINE_ERROR_CODES = [
  'VERSION_NOT_FOUND',
  'VERSION_CONFLICT',
  'VERSION_RETIRED',
  'STANDARD_INVALID',
  'NOT_DEPLOYED',
  'DISTRICT_UNKNOWN',
  'VARIANT_INVALID',
  'CASE_NOT_FOUND',
  'CASE_KEY_TAKEN',
  'CASE_DATA_INVALID',
  'CASE_CONFLICT',
  'CASE_NOT_RUNNING',
  'TASK_NOT_FOUND',
  'TASK_NOT_OPEN',
  'TASK_DATA_INVALID',
  'TASK_CLAIMED',
  'TASK_NOT_FOR_ROLE',
  'MESSAGE_NOT_CORRELATED',
  'MESSAGE_AMBIGUOUS',
  'INCIDENT_NOT_FOUND',
  'DUE_DATE_INVALID',
  'DUE_DATE_OUT_OF_RANGE',
  'NOTICE_NOT_FOUND',
  'NOTICE_INVALID',
  'NOTICE_INDICATOR_UNKNOWN',
  'NOTICE_CLOSED',
  'NOTICE_NOT_REPLIED',
  'NOTICE_ALREADY_REPLIED',
  'NOTICE_CONFLICT',
  'RECORD_INVALID',
  'RECORDS_REQUIRED',
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

/** The base of every engine error: a JingzhunError whose code is one of `ENGINE_ERROR_CODES`. */
export abstract class EngineError extends JingzhunError {
  abstract override readonly code: EngineErrorCode;
}

/** Thrown when no published version `version` of standard `code` exists. */
export class VersionNotFoundError extends EngineError {
  readonly code = 'VERSION_NOT_FOUND';
  constructor(
    readonly standardCode: string,
    readonly version?: number,
  ) {
    super(version === undefined ? `standard ${standardCode} has no published version` : `version ${version} of ${standardCode} does not exist`);
  }
}

/** Thrown when a version number is registered again with different content (another hash). */
export class VersionConflictError extends EngineError {
  readonly code = 'VERSION_CONFLICT';
  constructor(
    readonly standardCode: string,
    readonly version: number,
    readonly existingHash: string,
  ) {
    super(`version ${version} of ${standardCode} already exists with other content`);
  }
}

/** Thrown when deploying a retired version. */
export class VersionRetiredError extends EngineError {
  readonly code = 'VERSION_RETIRED';
  constructor(
    readonly standardCode: string,
    readonly version: number,
  ) {
    super(`version ${version} of ${standardCode} is retired`);
  }
}

/**
 * Thrown when a version of a standard cannot run: validation's errors (scripts, unknown services, bad
 * FEEL…), or a referral to a standard that is not published. Clients see the code `STANDARD_INVALID`.
 */
export class StandardNotRunnableError extends EngineError {
  readonly code = 'STANDARD_INVALID';
  constructor(
    readonly standardCode: string,
    details: readonly ErrorDetail[],
  ) {
    super(`standard ${standardCode} cannot run: ${details.map((d) => d.message.en).join('; ')}`, { details });
  }
}

/** Thrown when a standard is not deployed in the district a case or variant asks for. */
export class NotDeployedError extends EngineError {
  readonly code = 'NOT_DEPLOYED';
  constructor(
    readonly standardCode: string,
    readonly district: string,
  ) {
    super(`standard ${standardCode} is not deployed in ${district}`);
  }
}

/** Thrown when a district code is not one of Beijing's 16 districts. */
export class DistrictUnknownError extends EngineError {
  readonly code = 'DISTRICT_UNKNOWN';
  constructor(readonly districts: readonly string[]) {
    super(`unknown district ${districts.join(', ')}`);
  }
}

/** Thrown when a district variant loosens the standard or names unknown parameters. */
export class VariantInvalidError extends EngineError {
  readonly code = 'VARIANT_INVALID';
  constructor(
    readonly standardCode: string,
    readonly district: string,
    details: readonly ErrorDetail[],
  ) {
    super(`variant of ${standardCode} for ${district} is invalid: ${details.map((d) => d.message.en).join('; ')}`, { details });
  }
}

/** Thrown when a case does not exist or lies outside the caller's scope. */
export class CaseNotFoundError extends EngineError {
  readonly code = 'CASE_NOT_FOUND';
  constructor(readonly caseId: string) {
    super(`case ${caseId} not found`);
  }
}

/** Thrown when a case key is already used for the same standard in the same district. */
export class CaseKeyTakenError extends EngineError {
  readonly code = 'CASE_KEY_TAKEN';
  constructor(
    readonly standardCode: string,
    readonly district: string,
    readonly caseKey: string,
  ) {
    super(`case key ${caseKey} is already used for ${standardCode} in ${district}`);
  }
}

/** Thrown when a case's starting data does not meet the standard's eligibility schema. */
export class CaseDataInvalidError extends EngineError {
  readonly code = 'CASE_DATA_INVALID';
  constructor(details: readonly ErrorDetail[]) {
    super(`case data is invalid: ${details.map((d) => `${d.pointer ?? ''} ${d.message.en}`).join('; ')}`, { details });
  }
}

/** Thrown when another command changed the case first; nothing of this command was written. */
export class CaseConflictError extends EngineError {
  readonly code = 'CASE_CONFLICT';
  constructor(readonly caseId: string) {
    super(`${caseId ? `case ${caseId}` : 'a case'} was changed by another command; try again`);
  }
}

/** Thrown when a command needs a running case and the case has ended or was cancelled; `localized` says what was refused. */
export class CaseNotRunningError extends EngineError {
  readonly code = 'CASE_NOT_RUNNING';
  constructor(
    readonly caseId: string,
    readonly status: string,
    localized?: LocalizedText,
  ) {
    super(`case ${caseId} is ${status}`, { localized });
  }
}

/** Thrown when a task does not exist or lies outside the caller's scope. */
export class TaskNotFoundError extends EngineError {
  readonly code = 'TASK_NOT_FOUND';
  constructor(readonly taskId: string) {
    super(`task ${taskId} not found`);
  }
}

/** Thrown when a task was already completed or cancelled. */
export class TaskNotOpenError extends EngineError {
  readonly code = 'TASK_NOT_OPEN';
  constructor(
    readonly taskId: string,
    readonly status: string,
  ) {
    super(`task ${taskId} is ${status}`);
  }
}

/** Thrown when form data does not meet the task's form schema. */
export class TaskDataInvalidError extends EngineError {
  readonly code = 'TASK_DATA_INVALID';
  constructor(
    readonly taskId: string,
    details: readonly ErrorDetail[],
  ) {
    super(`task data is invalid: ${details.map((d) => `${d.pointer ?? ''} ${d.message.en}`).join('; ')}`, { details });
  }
}

/** Thrown when claiming a task that someone else holds. */
export class TaskClaimedError extends EngineError {
  readonly code = 'TASK_CLAIMED';
  constructor(
    readonly taskId: string,
    readonly assignee: string,
  ) {
    super(`task ${taskId} is claimed by ${assignee}`);
  }
}

/** Thrown when a task is worked by someone whose role it is not assigned to. */
export class TaskNotForRoleError extends EngineError {
  readonly code = 'TASK_NOT_FOR_ROLE';
  constructor(
    readonly taskId: string,
    readonly role: string,
    readonly assignTo: string | null,
  ) {
    super(`task ${taskId} is for the role ${assignTo ?? '(none)'}, not ${role}`);
  }
}

/** Thrown when no case in scope waits for the message. */
export class MessageNotCorrelatedError extends EngineError {
  readonly code = 'MESSAGE_NOT_CORRELATED';
  constructor(
    readonly caseKey: string,
    readonly messageName: string,
  ) {
    super(`no case ${caseKey} waits for message ${messageName}`);
  }
}

/** Thrown when several cases with the key wait for the message; name the standard to choose. */
export class MessageAmbiguousError extends EngineError {
  readonly code = 'MESSAGE_AMBIGUOUS';
  constructor(
    readonly caseKey: string,
    readonly messageName: string,
    readonly standardCodes: readonly string[],
  ) {
    super(`several cases ${caseKey} (${standardCodes.join(', ')}) wait for message ${messageName}`);
  }
}

/** Thrown when an incident does not exist, is resolved, or lies outside the caller's scope. */
export class IncidentNotFoundError extends EngineError {
  readonly code = 'INCIDENT_NOT_FOUND';
  constructor(readonly incidentId: string) {
    super(`open incident ${incidentId} not found`);
  }
}

/**
 * Thrown when a due time cannot be computed because its duration, date or cycle cannot be read.
 * Validation refuses such values; this guards what reaches the runtime all the same (a version
 * published before a rule existed), and a run turns it into an incident on the case.
 */
export class DueDateInvalidError extends EngineError {
  readonly code = 'DUE_DATE_INVALID';
  constructor(readonly value: string) {
    super(`cannot read "${value}" as a duration, date or cycle`);
  }
}

/**
 * Thrown when a due time would fall outside what can be kept: before 1970, or more than a hundred years
 * after the moment it is counted from (validation allows ten). No such time ever reaches the store.
 */
export class DueDateOutOfRangeError extends EngineError {
  readonly code = 'DUE_DATE_OUT_OF_RANGE';
  constructor(
    readonly value: string,
    readonly from: Date,
  ) {
    super(`"${value}" counted from ${Number.isNaN(from.getTime()) ? 'an invalid time' : from.toISOString()} gives a due time out of range`);
  }
}

/** Thrown when a 督办 notice does not exist or lies outside the caller's district. */
export class NoticeNotFoundError extends EngineError {
  readonly code = 'NOTICE_NOT_FOUND';
  constructor(readonly noticeId: string) {
    super(`supervision notice ${noticeId} not found`, { localized: { zh: '督办通知不存在', en: 'no such supervision notice' } });
  }
}

/** Thrown when a notice cannot be sent as asked: its period, due time or text; `details` say where. */
export class NoticeInvalidError extends EngineError {
  readonly code = 'NOTICE_INVALID';
  constructor(details: readonly ErrorDetail[]) {
    super(`the supervision notice is invalid: ${details.map((d) => `${d.pointer ?? ''} ${d.message.en}`).join('; ')}`, {
      localized: { zh: '督办通知填写有误', en: 'the supervision notice is invalid' },
      details,
    });
  }
}

/** Thrown when a notice names an indicator that no published version of its standard has. */
export class NoticeIndicatorUnknownError extends EngineError {
  readonly code = 'NOTICE_INDICATOR_UNKNOWN';
  constructor(
    readonly standardCode: string,
    readonly indicatorId: string,
  ) {
    super(`standard ${standardCode} has no indicator ${indicatorId}`, {
      localized: { zh: `标准 ${standardCode} 没有指标 ${indicatorId}`, en: `standard ${standardCode} has no indicator ${indicatorId}` },
      details: [{ pointer: '/indicator', message: { zh: `标准 ${standardCode} 没有指标 ${indicatorId}`, en: `${standardCode} has no indicator ${indicatorId}` } }],
    });
  }
}

/** Thrown when a notice is replied to, closed or returned after it was closed: nothing more can happen to it. */
export class NoticeClosedError extends EngineError {
  readonly code = 'NOTICE_CLOSED';
  constructor(readonly noticeId: string) {
    super(`supervision notice ${noticeId} is closed`, {
      localized: { zh: '督办通知已办结，不能再回复、办结或退回', en: 'the supervision notice is closed; it can no longer be replied to, closed or returned' },
    });
  }
}

/** Thrown when a notice is closed or returned while the district has not replied to it (again). */
export class NoticeNotRepliedError extends EngineError {
  readonly code = 'NOTICE_NOT_REPLIED';
  constructor(readonly noticeId: string) {
    super(`supervision notice ${noticeId} awaits the district's reply`, {
      localized: { zh: '区里尚未回复该督办通知，不能办结或退回', en: 'the district has not replied to the notice yet; it cannot be closed or returned' },
    });
  }
}

/** Thrown when the district replies to a notice whose last reply the supervisor has not yet closed or returned. */
export class NoticeAlreadyRepliedError extends EngineError {
  readonly code = 'NOTICE_ALREADY_REPLIED';
  constructor(readonly noticeId: string) {
    super(`supervision notice ${noticeId} has been replied to and awaits review`, {
      localized: { zh: '已回复该督办通知，正等待督导人员审阅', en: 'the notice has been replied to and awaits the supervisor' },
    });
  }
}

/** Thrown when the notice changed since the caller read it (another reply, close or return came first); nothing was written. */
export class NoticeConflictError extends EngineError {
  readonly code = 'NOTICE_CONFLICT';
  constructor(readonly noticeId: string) {
    super(`supervision notice ${noticeId} was changed meanwhile; try again`, {
      localized: { zh: '督办通知已被他人同时处理，请刷新后重试', en: 'the supervision notice was changed meanwhile; reload it and try again' },
    });
  }
}

/** Thrown when a service record cannot be kept as given: its kind, time, duration or notes; `details` say where. */
export class RecordInvalidError extends EngineError {
  readonly code = 'RECORD_INVALID';
  constructor(details: readonly ErrorDetail[]) {
    super(`the service record is invalid: ${details.map((d) => `${d.pointer ?? ''} ${d.message.en}`).join('; ')}`, {
      localized: { zh: '服务记录填写有误', en: 'the service record is invalid' },
      details,
    });
  }
}

/**
 * Thrown when a task whose step asks for service records (`std:minRecords`) is completed before enough
 * of them were made while it was open; `made` and `needed` count the records of the `kinds` that count
 * (any kind when undefined).
 */
export class RecordsRequiredError extends EngineError {
  readonly code = 'RECORDS_REQUIRED';
  constructor(
    readonly taskId: string,
    readonly elementId: string,
    readonly made: number,
    readonly needed: number,
    readonly kinds: readonly string[] | undefined,
    kindsText: { zh: string; en: string },
  ) {
    const message = {
      zh: `完成此任务前至少需要 ${needed} 条服务记录（${kindsText.zh}），任务开始以来已有 ${made} 条`,
      en: `this task needs at least ${needed} service records (${kindsText.en}) before it is completed; ${made} made since it began`,
    };
    super(`task ${taskId} (${elementId}) needs ${needed} service records, ${made} made`, { localized: message, details: [{ elementId, message }] });
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
