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

/** Whether `hash` signs `userId` with the project's identity secret, or with the previous one during its grace period. */
export function verifyProjectUserHash(
  project: { identitySecret: string; previousIdentitySecret?: string; previousIdentitySecretUntil?: number },
  userId: string,
  hash: string | undefined,
  now = Date.now(),
): boolean {
  if (verifyUserHash(project.identitySecret, userId, hash)) return true;
  const { previousIdentitySecret, previousIdentitySecretUntil } = project;
  return previousIdentitySecret !== undefined && previousIdentitySecretUntil !== undefined && now < previousIdentitySecretUntil && verifyUserHash(previousIdentitySecret, userId, hash);
}
