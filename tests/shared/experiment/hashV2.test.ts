import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../shared/experiment/fnv1a32.ts';
import { hashV2 } from '../../../shared/experiment/hashV2.ts';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit values', () => {
    // From the FNV reference test suite (Noll): "" → offset basis, "a", "foobar".
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('hashes UTF-16 code units, so astral characters count as two units', () => {
    expect(fnv1a32('😀')).toBe(fnv1a32('\ud83d\ude00'));
    expect(fnv1a32('😀')).not.toBe(fnv1a32('\ud83d'));
  });
});

describe('hashV2 (GrowthBook hash version 2)', () => {
  it.each([
    ['seed', 'a', 0.0505],
    ['foo', 'ab', 0.2575],
    ['90850943850283058242805', '123', 0.7516],
    // GrowthBook's "creates experiments properly" case: seed "feature", anonId "123" → bucket 0.5231.
    ['feature', '123', 0.5231],
  ])('(%s, %s) → %s', (seed, value, expected) => {
    expect(hashV2(seed, value)).toBe(expected);
  });
  it('spreads sequential ids evenly over ten deciles', () => {
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[Math.floor(hashV2('onboarding-bar', `user-${i}`) * 10)]!++;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });
});
