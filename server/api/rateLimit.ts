import type { Context, MiddlewareHandler } from 'hono';
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

/** Buckets kept before full ones (idle long enough to have refilled) are forgotten. */
const MAX_BUCKETS = 50_000;

/** In-memory token buckets, one per key. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    return bucket;
  }

  private waitFor(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /** Takes a token for `key`: 0 when allowed, otherwise the seconds to wait for the next one. */
  take(key: string): number {
    const bucket = this.refilled(key, this.now());
    if (!this.buckets.has(key)) this.remember(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.waitFor(bucket);
  }

  /** Like take, without taking: 0 when a token is there, otherwise the seconds to wait. */
  peek(key: string): number {
    if (!this.buckets.has(key)) return 0;
    const bucket = this.refilled(key, this.now());
    return bucket.tokens >= 1 ? 0 : this.waitFor(bucket);
  }

  private remember(key: string, bucket: Bucket): void {
    if (this.buckets.size >= MAX_BUCKETS) {
      const now = this.now();
      for (const [k, b] of this.buckets) if (this.refilled(k, now).tokens >= this.limit.burst) this.buckets.delete(k);
    }
    this.buckets.set(key, bucket);
  }
}

export function rateLimited(wait: number, what: string): ApiError {
  return new ApiError(429, 'rate_limited', `too many requests ${what}; retry in ${wait} s`, {}, { 'Retry-After': String(wait) });
}

/**
 * 429 with Retry-After once a bucket is empty. Each `[buckets, keyOf]` pair is checked in order
 * and a token is taken from each only when all have one, so a client refused by its own bucket
 * does not spend the shared one.
 */
export function rateLimit(...limits: Array<[TokenBuckets, (c: Context) => string, string]>): MiddlewareHandler {
  return async (c, next) => {
    const keyed = limits.map(([buckets, keyOf, what]) => ({ buckets, key: keyOf(c), what }));
    for (const { buckets, key, what } of keyed) {
      const wait = buckets.peek(key);
      if (wait > 0) throw rateLimited(wait, what);
    }
    for (const { buckets, key, what } of keyed) {
      const wait = buckets.take(key);
      if (wait > 0) throw rateLimited(wait, what);
    }
    await next();
  };
}
