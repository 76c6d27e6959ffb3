import { createHash, randomBytes } from 'node:crypto';

/** An opaque bearer token; only its hash is stored, so a leaked table grants no access. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}
