import { createHash, randomBytes } from 'node:crypto';

export type KeyPrefix = 'wm_pk_' | 'wm_sk_' | 'wm_is_';

/** A new random key: prefix + 32 base62-ish characters (192 bits). */
export function generateKey(prefix: KeyPrefix): string {
  return prefix + randomBytes(24).toString('base64url');
}

/** Secret keys are random, so a plain SHA-256 is enough to store them safely (no password stretching). */
export function hashSecretKey(secretKey: string): string {
  return createHash('sha256').update(secretKey).digest('hex');
}
