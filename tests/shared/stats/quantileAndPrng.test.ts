import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/stats/mulberry32.ts';
import { quantile } from '../../../shared/stats/quantile.ts';

describe('quantile (percentile_cont)', () => {
  it('interpolates between closest ranks like Postgres percentile_cont', () => {
    // SELECT percentile_cont(q) WITHIN GROUP (ORDER BY v) FROM unnest('{1,2,3,4}') v → 2.5 (q .5), 3.7 (q .9)
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([10, 20, 30], 0.5)).toBe(20);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('mulberry32', () => {
  it('is deterministic per seed, in [0, 1), and roughly uniform', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    const r = mulberry32(99);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r();
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
