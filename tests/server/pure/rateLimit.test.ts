import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../server/api/rateLimit.ts';
import { matchesEtag } from '../../../server/api/matchesEtag.ts';

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the given rate and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 0.5 }, () => now);
    expect([buckets.take('k'), buckets.take('k'), buckets.take('k')]).toEqual([0, 0, 2]);
    now = 1000;
    expect(buckets.take('k')).toBe(1);
    now = 2000;
    expect(buckets.take('k')).toBe(0);
    expect(buckets.take('other')).toBe(0);
    now = 1_000_000;
    expect([buckets.take('k'), buckets.take('k'), buckets.take('k')]).toEqual([0, 0, 2]);
  });

  it('peeks without taking: an unknown or refilled key has a token, an empty one says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0.1 }, () => now);
    expect(buckets.peek('k')).toBe(0);
    expect(buckets.peek('k')).toBe(0);
    expect(buckets.take('k')).toBe(0);
    expect(buckets.peek('k')).toBe(10);
    now = 10_000;
    expect(buckets.peek('k')).toBe(0);
  });
});

describe('matchesEtag', () => {
  it('compares a list of entity tags weakly and honours *', () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"x", "a"', '"a"')).toBe(true);
    expect(matchesEtag('*', '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag(undefined, '"a"')).toBe(false);
  });
});
