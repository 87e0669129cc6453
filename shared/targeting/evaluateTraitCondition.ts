import type { TraitCondition } from '../schema/condition.ts';
import type * as z from 'zod/mini';
import { compileRulePattern } from '../schema/compileRulePattern.ts';
import { MAX_REGEX_INPUT_LENGTH } from '../schema/conditionLimits.ts';
import { numericValue } from '../schema/numericValue.ts';
import { readTrait } from './readTrait.ts';
import { timeValue } from '../schema/timeValue.ts';
import { traitValuesEqual } from './traitValuesEqual.ts';

/**
 * `trait` > / >= / < / <= / before / after: `sign` of trait − rule, or `undefined` when incomparable.
 * Numbers and numeric strings compare as numbers when both sides are numeric; otherwise both
 * sides must read as times (ISO dates, Dates, or numbers as epoch ms).
 */
function compare(trait: unknown, rule: unknown, numeric: boolean): number | undefined {
  if (numeric) {
    const a = numericValue(trait);
    const b = numericValue(rule);
    if (a !== undefined && b !== undefined) return Math.sign(a - b);
  }
  const a = timeValue(trait);
  const b = timeValue(rule);
  return a !== undefined && b !== undefined ? Math.sign(a - b) : undefined;
}

const isIn = (trait: unknown, list: readonly unknown[]): boolean =>
  Array.isArray(trait) ? trait.some((item) => list.some((candidate) => traitValuesEqual(item, candidate))) : list.some((candidate) => traitValuesEqual(trait, candidate));

/**
 * One `trait` condition against the traits, assuming the rule itself is well formed (see
 * `findConditionProblems`). A missing trait, or one of a type the operator cannot compare, makes
 * the positive operators false and their negations (`ne`, `not_in`, `not_exists`) true.
 */
export function evaluateTraitCondition(condition: z.infer<typeof TraitCondition>, traits: unknown): boolean {
  const trait = readTrait(traits, condition.key);
  const rule = condition.value;
  switch (condition.op) {
    case 'exists':
      return trait !== undefined && trait !== null;
    case 'not_exists':
      return trait === undefined || trait === null;
    case 'eq':
      return traitValuesEqual(trait, rule);
    case 'ne':
      return !traitValuesEqual(trait, rule);
    case 'in':
      return Array.isArray(rule) && isIn(trait, rule);
    case 'not_in':
      return Array.isArray(rule) && !isIn(trait, rule);
    case 'gt':
      return compare(trait, rule, true) === 1;
    case 'gte': {
      const sign = compare(trait, rule, true);
      return sign === 1 || sign === 0;
    }
    case 'lt':
      return compare(trait, rule, true) === -1;
    case 'lte': {
      const sign = compare(trait, rule, true);
      return sign === -1 || sign === 0;
    }
    case 'before':
      return compare(trait, rule, false) === -1;
    case 'after':
      return compare(trait, rule, false) === 1;
    case 'contains':
      if (typeof trait === 'string') return typeof rule === 'string' && trait.includes(rule);
      return Array.isArray(trait) && trait.some((item) => traitValuesEqual(item, rule));
    case 'regex': {
      const pattern = compileRulePattern(rule);
      return pattern?.ok === true && typeof trait === 'string' && trait.length <= MAX_REGEX_INPUT_LENGTH && pattern.regex.test(trait);
    }
    default:
      return false;
  }
}
