import type { Problem } from '@jingzhun/standards';

/** Thrown when no standard has the code asked for. */
export class StandardNotFoundError extends Error {
  readonly code = 'STANDARD_NOT_FOUND';
  readonly localized: { zh: string; en: string };
  constructor(readonly standardCode: string) {
    super(`no standard ${standardCode}`);
    this.localized = { zh: `没有编号为 ${standardCode} 的标准`, en: `no standard ${standardCode}` };
    this.name = 'StandardNotFoundError';
  }
}

/** Thrown when creating a standard whose code is already used. */
export class StandardExistsError extends Error {
  readonly code = 'STANDARD_EXISTS';
  readonly localized: { zh: string; en: string };
  constructor(readonly standardCode: string) {
    super(`a standard ${standardCode} exists already`);
    this.localized = { zh: `编号 ${standardCode} 已被使用`, en: `a standard ${standardCode} exists already` };
    this.name = 'StandardExistsError';
  }
}

/** Thrown when a standard (draft) has errors and the step needs none; `problems` lists them. */
export class StandardInvalidError extends Error {
  readonly code = 'STANDARD_INVALID';
  readonly localized = { zh: '标准存在错误，请先修正', en: 'the standard has errors; fix them first' };
  constructor(readonly problems: Problem[]) {
    super('the standard has errors; fix them first');
    this.name = 'StandardInvalidError';
  }
}

/** Thrown when a standard has no draft for the step asked for. */
export class DraftNotFoundError extends Error {
  readonly code = 'DRAFT_NOT_FOUND';
  readonly localized: { zh: string; en: string };
  constructor(readonly standardCode: string) {
    super(`${standardCode} has no draft`);
    this.localized = { zh: `标准 ${standardCode} 没有草稿`, en: `${standardCode} has no draft` };
    this.name = 'DraftNotFoundError';
  }
}

/** Thrown when a draft is saved from an older revision than the stored one (someone saved in between). */
export class DraftStaleError extends Error {
  readonly code = 'DRAFT_STALE';
  readonly localized: { zh: string; en: string };
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the draft changed since you loaded it (revision ${actual}, you have ${expected}); reload it`);
    this.localized = {
      zh: `草稿已被他人修改（当前修订 ${actual}，您的是 ${expected}），请重新加载`,
      en: `the draft changed since you loaded it (revision ${actual}, you have ${expected}); reload it`,
    };
    this.name = 'DraftStaleError';
  }
}

/** Thrown when the author of a draft tries to approve or reject it. */
export class SelfReviewError extends Error {
  readonly code = 'SELF_REVIEW';
  readonly localized = { zh: '起草人不能审核自己的草稿', en: 'the author of a draft may not review it' };
  constructor() {
    super('the author of a draft may not review it');
    this.name = 'SelfReviewError';
  }
}

/** Thrown when an uploaded archive is not a readable standard; `problems` say what is wrong with it. */
export class ArchiveInvalidError extends Error {
  readonly code = 'ARCHIVE_INVALID';
  readonly localized = { zh: '标准压缩包无效', en: 'the archive is not a readable standard' };
  constructor(readonly problems: Problem[]) {
    super('the archive is not a readable standard');
    this.name = 'ArchiveInvalidError';
  }
}

/** Thrown when validating one document took longer than the pool's deadline; the worker was stopped. */
export class ValidationTimeoutError extends Error {
  readonly code = 'VALIDATION_TIMEOUT';
  readonly localized: { zh: string; en: string };
  constructor(readonly deadlineMs: number) {
    super(`validating the standard took longer than ${deadlineMs / 1000} s and was stopped; make it smaller or simpler`);
    this.localized = {
      zh: `校验该标准超过 ${deadlineMs / 1000} 秒，已停止；请精简流程或拆分标准`,
      en: `validating the standard took longer than ${deadlineMs / 1000} s and was stopped; make it smaller or simpler`,
    };
    this.name = 'ValidationTimeoutError';
  }
}

/** Thrown when more documents wait for validation than the pool queues; the client may try again shortly. */
export class ValidationBusyError extends Error {
  readonly code = 'VALIDATION_BUSY';
  readonly localized = { zh: '校验请求过多，请稍后再试', en: 'too many standards are being validated; try again shortly' };
  constructor(readonly queued: number) {
    super('too many standards are being validated; try again shortly');
    this.name = 'ValidationBusyError';
  }
}
