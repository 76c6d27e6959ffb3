/** The errors of signing in and of managing accounts, each a JingzhunError with its code. */
import { JingzhunError } from '@jingzhun/standards';

/** Thrown when a username and password do not match an active account. */
export class InvalidCredentialsError extends JingzhunError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('wrong username or password', { localized: { zh: '用户名或密码错误', en: 'wrong username or password' } });
  }
}

/** Thrown when a bearer or refresh token is missing, unknown, expired or revoked. */
export class UnauthenticatedError extends JingzhunError {
  readonly code = 'UNAUTHENTICATED';
  constructor(readonly reason: 'missing' | 'invalid' | 'expired') {
    super(`sign in first: the token is ${reason}`, {
      localized: { zh: '请先登录（令牌缺失、无效或已过期）', en: 'sign in first (the token is missing, invalid or expired)' },
    });
  }
}

/** Thrown when an account with the same username exists. */
export class UsernameTakenError extends JingzhunError {
  readonly code = 'USERNAME_TAKEN';
  constructor(readonly username: string) {
    super(`the username "${username}" is taken`);
  }
}

/** Thrown when an account of a role that works in one district (operator, caseworker, 机构督导) names no district. */
export class DistrictRequiredError extends JingzhunError {
  readonly code = 'DISTRICT_REQUIRED';
  constructor(
    readonly username: string,
    readonly role: string,
  ) {
    const en = `the account "${username}" (${role}) needs the district it works in`;
    super(en, {
      localized: { zh: `账号“${username}”的岗位在区里工作，须指明所在的区`, en },
      details: [{ pointer: '/district', message: { zh: '该岗位须指明所在的区', en: 'required for this role' } }],
    });
  }
}
