export { compileRegex } from './compileRegex.ts';
export type { CompiledRegex } from './compileRegex.ts';
export type { LinearRegex } from './LinearRegex.ts';
export { MAX_REGEX_REPEAT, MAX_REGEX_STATES } from './regexLimits.ts';
