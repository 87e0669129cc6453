import type { MiddlewareHandler } from 'hono';
import { ApiError } from './ApiError.ts';

export interface RateLimit {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** In-memory token buckets, one per key. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`: 0 when allowed, otherwise the seconds to wait for the next one. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }
}

/** 429 with Retry-After once the key's bucket is empty. */
export function rateLimit(buckets: TokenBuckets, keyOf: (c: Parameters<MiddlewareHandler>[0]) => string): MiddlewareHandler {
  return async (c, next) => {
    const wait = buckets.take(keyOf(c));
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', `too many requests for this key; retry in ${wait} s`, {}, { 'Retry-After': String(wait) });
    }
    await next();
  };
}
