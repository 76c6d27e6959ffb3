/** The errors of authoring, reviewing, importing and validating standards, each a JingzhunError with its code. */
import { detailOf, JingzhunError, type Problem } from '@jingzhun/standards';

/** Thrown when no standard has the code asked for. */
export class StandardNotFoundError extends JingzhunError {
  readonly code = 'STANDARD_NOT_FOUND';
  constructor(readonly standardCode: string) {
    super(`no standard ${standardCode}`, { localized: { zh: `没有编号为 ${standardCode} 的标准`, en: `no standard ${standardCode}` } });
  }
}

/** Thrown when creating a standard whose code is already used. */
export class StandardExistsError extends JingzhunError {
  readonly code = 'STANDARD_EXISTS';
  constructor(readonly standardCode: string) {
    super(`a standard ${standardCode} exists already`, { localized: { zh: `编号 ${standardCode} 已被使用`, en: `a standard ${standardCode} exists already` } });
  }
}

/**
 * Thrown when a step (submit, approve) needs a standard without errors and the draft has some; the
 * details say where each is. Clients see the code `STANDARD_INVALID`.
 */
export class StandardHasErrorsError extends JingzhunError {
  readonly code = 'STANDARD_INVALID';
  constructor(readonly problems: readonly Problem[]) {
    super('the standard has errors; fix them first', {
      localized: { zh: '标准存在错误，请先修正', en: 'the standard has errors; fix them first' },
      details: problems.map(detailOf),
    });
  }
}

/** Thrown when a standard has no draft for the step asked for. */
export class DraftNotFoundError extends JingzhunError {
  readonly code = 'DRAFT_NOT_FOUND';
  constructor(readonly standardCode: string) {
    super(`${standardCode} has no draft`, { localized: { zh: `标准 ${standardCode} 没有草稿`, en: `${standardCode} has no draft` } });
  }
}

/** Thrown when a draft is saved from an older revision than the stored one (someone saved in between). */
export class DraftStaleError extends JingzhunError {
  readonly code = 'DRAFT_STALE';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    const en = `the draft changed since you loaded it (revision ${actual}, you have ${expected}); reload it`;
    super(en, { localized: { zh: `草稿已被他人修改（当前修订 ${actual}，您的是 ${expected}），请重新加载`, en } });
  }
}

/** Thrown when the author of a draft tries to approve or reject it. */
export class SelfReviewError extends JingzhunError {
  readonly code = 'SELF_REVIEW';
  constructor() {
    super('the author of a draft may not review it', { localized: { zh: '起草人不能审核自己的草稿', en: 'the author of a draft may not review it' } });
  }
}

/** Thrown when an uploaded archive is not a readable standard; the details say what is wrong with it. */
export class ArchiveInvalidError extends JingzhunError {
  readonly code = 'ARCHIVE_INVALID';
  constructor(readonly problems: readonly Problem[]) {
    super('the archive is not a readable standard', {
      localized: { zh: '标准压缩包无效', en: 'the archive is not a readable standard' },
      details: problems.map(detailOf),
    });
  }
}

/** Thrown when validating one document took longer than the pool's deadline; the worker was stopped. */
export class ValidationTimeoutError extends JingzhunError {
  readonly code = 'VALIDATION_TIMEOUT';
  constructor(readonly deadlineMs: number) {
    const en = `validating the standard took longer than ${deadlineMs / 1000} s and was stopped; make it smaller or simpler`;
    super(en, { localized: { zh: `校验该标准超过 ${deadlineMs / 1000} 秒，已停止；请精简流程或拆分标准`, en } });
  }
}

/** Thrown when more documents wait for validation than the pool queues; the client may try again shortly. */
export class ValidationBusyError extends JingzhunError {
  readonly code = 'VALIDATION_BUSY';
  constructor(readonly queued: number) {
    super('too many standards are being validated; try again shortly', {
      localized: { zh: '校验请求过多，请稍后再试', en: 'too many standards are being validated; try again shortly' },
    });
  }
}
