import type { BucketRange } from './getBucketRanges.ts';

/** Index of the range that holds `position` (start inclusive, end exclusive), or -1 for none. */
export function chooseVariation(position: number, ranges: readonly BucketRange[]): number {
  for (let i = 0; i < ranges.length; i++) {
    const [start, end] = ranges[i]!;
    if (position >= start && position < end) return i;
  }
  return -1;
}
