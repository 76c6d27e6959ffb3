/** Thrown when a username and password do not match an active account. */
export class InvalidCredentialsError extends Error {
  readonly code = 'INVALID_CREDENTIALS';
  readonly localized = { zh: '用户名或密码错误', en: 'wrong username or password' };
  constructor() {
    super('wrong username or password');
    this.name = 'InvalidCredentialsError';
  }
}

/** Thrown when a bearer or refresh token is missing, unknown, expired or revoked. */
export class UnauthenticatedError extends Error {
  readonly code = 'UNAUTHENTICATED';
  readonly localized = { zh: '请先登录（令牌缺失、无效或已过期）', en: 'sign in first (the token is missing, invalid or expired)' };
  constructor(readonly reason: 'missing' | 'invalid' | 'expired') {
    super(`sign in first: the token is ${reason}`);
    this.name = 'UnauthenticatedError';
  }
}

/** Thrown when an account with the same username exists. */
export class UsernameTakenError extends Error {
  readonly code = 'USERNAME_TAKEN';
  constructor(readonly username: string) {
    super(`the username "${username}" is taken`);
    this.name = 'UsernameTakenError';
  }
}

/** Thrown when an account of a role that works in one district (operator, caseworker, 机构督导) names no district. */
export class DistrictRequiredError extends Error {
  readonly code = 'DISTRICT_REQUIRED';
  readonly localized: { zh: string; en: string };
  readonly details: ReadonlyArray<{ pointer: string; message: string }>;
  constructor(
    readonly username: string,
    readonly role: string,
  ) {
    super(`the account "${username}" (${role}) needs the district it works in`);
    this.name = 'DistrictRequiredError';
    this.localized = { zh: `账号“${username}”的岗位在区里工作，须指明所在的区`, en: this.message };
    this.details = [{ pointer: '/district', message: 'required for this role' }];
  }
}
