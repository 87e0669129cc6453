import { createHmac } from 'node:crypto';

/**
 * `X-Waymark-Signature: t=<ms>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. The receiver recomputes
 * it over the raw body and refuses old timestamps, so a captured delivery cannot be replayed later.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
