import { describe, expect, it } from 'vitest';
import { chooseVariation } from '../../../shared/experiment/chooseVariation.ts';
import { getBucketRanges } from '../../../shared/experiment/getBucketRanges.ts';

// Cases from GrowthBook's cross-SDK spec (cases.json: getBucketRange, chooseVariation).
describe('getBucketRanges', () => {
  it.each([
    ['normal 50/50', 2, 1, undefined, [[0, 0.5], [0.5, 1]]],
    ['reduced coverage', 2, 0.5, undefined, [[0, 0.25], [0.5, 0.75]]],
    ['zero coverage', 2, 0, undefined, [[0, 0], [0.5, 0.5]]],
    ['4 variations', 4, 1, undefined, [[0, 0.25], [0.25, 0.5], [0.5, 0.75], [0.75, 1]]],
    ['uneven weights', 2, 1, [0.4, 0.6], [[0, 0.4], [0.4, 1]]],
    ['uneven weights, 3 variations', 3, 1, [0.2, 0.3, 0.5], [[0, 0.2], [0.2, 0.5], [0.5, 1]]],
    ['uneven weights, reduced coverage, 3 variations', 3, 0.2, [0.2, 0.3, 0.5], [[0, 0.04], [0.2, 0.26], [0.5, 0.6]]],
    ['negative coverage', 2, -0.2, undefined, [[0, 0], [0.5, 0.5]]],
    ['coverage above 1', 2, 1.5, undefined, [[0, 0.5], [0.5, 1]]],
    ['weights sum below 1', 2, 1, [0.4, 0.1], [[0, 0.5], [0.5, 1]]],
    ['weights sum above 1', 2, 1, [0.7, 0.6], [[0, 0.5], [0.5, 1]]],
    ['weights.length not equal to num variations', 4, 1, [0.4, 0.4, 0.2], [[0, 0.25], [0.25, 0.5], [0.5, 0.75], [0.75, 1]]],
    ['weights sum almost equals 1', 2, 1, [0.4, 0.5999], [[0, 0.4], [0.4, 0.9999]]],
  ] as const)('%s', (_name, count, coverage, weights, expected) => {
    const ranges = getBucketRanges(count, coverage, weights);
    expect(ranges).toHaveLength(expected.length);
    ranges.forEach(([start, end], i) => {
      expect(start).toBeCloseTo(expected[i]![0], 8);
      expect(end).toBeCloseTo(expected[i]![1], 8);
    });
  });
});

describe('chooseVariation', () => {
  const even = [[0, 0.5], [0.5, 1]] as const;
  const reduced = [[0, 0.25], [0.5, 0.75]] as const;
  it.each([
    [0.2, even, 0], [0.4, even, 0], [0.6, even, 1], [0.8, even, 1], [0, even, 0], [0.5, even, 1],
    [0.2, reduced, 0], [0.4, reduced, -1], [0.6, reduced, 1], [0.8, reduced, -1], [0.25, reduced, -1], [0.5, reduced, 1],
    [0.5, [[0, 0.5], [0.5, 0.5], [0.5, 1]], 2],
  ] as const)('%s → %s', (position, ranges, expected) => {
    expect(chooseVariation(position, ranges)).toBe(expected);
  });
});
