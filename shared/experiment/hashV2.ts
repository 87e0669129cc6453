import { fnv1a32 } from './fnv1a32.ts';

/**
 * GrowthBook hash version 2: a stable position in [0, 1) with 4-digit resolution.
 * The double hash spreads sequential ids evenly, which a single FNV pass does not.
 */
export function hashV2(seed: string, value: string): number {
  return (fnv1a32(String(fnv1a32(seed + value))) % 10000) / 10000;
}
