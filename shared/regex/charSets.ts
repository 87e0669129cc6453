/** A set of UTF-16 code units, as a predicate. */
export type CharSet = (code: number) => boolean;

/** Inclusive code-unit ranges, flattened: [from, to, from, to, …]. */
export const inRanges = (ranges: readonly number[]): CharSet => (code) => {
  for (let i = 0; i < ranges.length; i += 2) if (code >= ranges[i]! && code <= ranges[i + 1]!) return true;
  return false;
};

export const DIGIT = [48, 57];
export const WORD = [48, 57, 65, 90, 95, 95, 97, 122];
/** What `\s` matches in JavaScript: WhiteSpace and LineTerminator. */
export const SPACE = [9, 13, 32, 32, 160, 160, 5760, 5760, 8192, 8202, 8232, 8233, 8239, 8239, 8287, 8287, 12288, 12288, 65279, 65279];
/** Line terminators, which `.` does not match. */
export const LINE_END = [10, 10, 13, 13, 8232, 8233];

export const isWordChar = inRanges(WORD);
