import { compileRegex, type CompiledRegex } from '../regex/index.ts';
import { MAX_REGEX_PATTERN_LENGTH } from './conditionLimits.ts';

const cache = new Map<string, CompiledRegex>();
const CACHE_SIZE = 200;

/**
 * The `regex` rule's pattern compiled to a linear-time matcher (shared/regex), or why it cannot be;
 * `undefined` when it is not a string or longer than MAX_REGEX_PATTERN_LENGTH. Compiled patterns
 * are cached.
 */
export function compileRulePattern(pattern: unknown): CompiledRegex | undefined {
  if (typeof pattern !== 'string' || pattern.length > MAX_REGEX_PATTERN_LENGTH) return undefined;
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compileRegex(pattern);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}
