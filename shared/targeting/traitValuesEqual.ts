import { numericValue } from '../schema/numericValue.ts';

/**
 * `eq` semantics between a trait and a rule value. Strict for strings and booleans (case-sensitive,
 * no `"true"` ↔ `true`); a number equals another number or a numeric string of the same value
 * (`5` = `"5"` = `"5.0"`), but two strings are compared as strings (`"5"` ≠ `"5.0"`). NaN equals nothing;
 * objects and arrays equal nothing.
 */
export function traitValuesEqual(trait: unknown, rule: unknown): boolean {
  if (typeof trait === 'number' || typeof rule === 'number') {
    if (typeof trait === 'boolean' || typeof rule === 'boolean') return false;
    const a = numericValue(trait);
    const b = numericValue(rule);
    return a !== undefined && b !== undefined && a === b;
  }
  if (typeof trait === 'string' || typeof trait === 'boolean') return trait === rule;
  return false;
}
