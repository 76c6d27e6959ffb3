import bcrypt from 'bcryptjs';

/** bcrypt cost when none is configured; each step doubles the work of checking one guess. */
export const DEFAULT_PASSWORD_COST = 10;

/** Hashes with `cost`; a stored hash keeps its own cost, so changing it applies to passwords set afterwards. */
export function hashPassword(password: string, cost = DEFAULT_PASSWORD_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
