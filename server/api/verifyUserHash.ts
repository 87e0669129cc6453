import { createHmac, timingSafeEqual } from 'node:crypto';

/** hex(HMAC-SHA256(identitySecret, userId)): what the customer's backend computes for its page. */
export function userHash(identitySecret: string, userId: string): string {
  return createHmac('sha256', identitySecret).update(userId).digest('hex');
}

export function verifyUserHash(identitySecret: string, userId: string, hash: string | undefined): boolean {
  if (!hash) return false;
  const expected = Buffer.from(userHash(identitySecret, userId), 'utf8');
  const given = Buffer.from(hash.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
