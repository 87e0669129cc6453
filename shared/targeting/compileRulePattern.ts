import { MAX_REGEX_PATTERN_LENGTH } from './conditionLimits.ts';

const cache = new Map<string, RegExp | null>();
const CACHE_SIZE = 200;

/**
 * The `regex` rule's pattern compiled (no flags, so `test` is stateless), or `undefined` when it is
 * not a string, longer than MAX_REGEX_PATTERN_LENGTH, or not a valid JavaScript regular expression.
 * Compiled patterns are cached.
 */
export function compileRulePattern(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern.length > MAX_REGEX_PATTERN_LENGTH) return undefined;
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(pattern);
    } catch {
      compiled = null;
    }
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled ?? undefined;
}
