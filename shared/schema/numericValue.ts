const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A finite number, or a string that is exactly a decimal number (`"42"`, `"-1.5"`, `"1e3"`; no
 * whitespace, hex, `Infinity` or empty string), as a number. Anything else is `undefined`.
 */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 100 || !NUMERIC.test(value)) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
