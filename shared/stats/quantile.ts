/**
 * The q-quantile of ascending-sorted values by linear interpolation between closest ranks
 * (what Postgres' percentile_cont computes, so the server's SQL gives the same numbers).
 * Null for no values.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
