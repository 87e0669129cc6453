/** A half-open range [start, end) of the hash space owned by one variant. */
export type BucketRange = readonly [start: number, end: number];

/**
 * Variant ranges as GrowthBook builds them: each variant owns `weight` of [0, 1), and
 * `coverage` keeps only the first part of each slice, so widening coverage later adds users
 * to an arm without moving anyone already in it. Weights that are missing, of the wrong
 * length, or do not sum to 1 (±0.01) fall back to equal weights; coverage is clamped to [0, 1].
 */
export function getBucketRanges(count: number, coverage = 1, weights?: readonly number[]): BucketRange[] {
  const cover = Math.min(1, Math.max(0, coverage));
  const equal = count > 0 ? new Array<number>(count).fill(1 / count) : [];
  let use: readonly number[] = weights && weights.length === count ? weights : equal;
  const total = use.reduce((sum, w) => sum + w, 0);
  if (total < 0.99 || total > 1.01) use = equal;
  let cumulative = 0;
  return use.map((w) => {
    const start = cumulative;
    cumulative += w;
    return [start, start + cover * w] as const;
  });
}
