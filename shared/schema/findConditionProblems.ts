import { compileRulePattern } from './compileRulePattern.ts';
import { MAX_REGEX_PATTERN_LENGTH } from './conditionLimits.ts';
import { numericValue } from './numericValue.ts';
import { timeValue } from './timeValue.ts';

/** One problem with a condition node: where (relative to the node) and what. */
export interface ConditionProblem {
  path: (string | number)[];
  message: string;
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const COUNT_OPS = new Set(['gte', 'lte', 'eq', 'gt', 'lt']);
const FLOW_STATES = new Set(['seen', 'not_seen', 'completed', 'not_completed', 'dismissed', 'not_dismissed']);

const isScalar = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isWidth = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTimestamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** A value for an error message, without ever throwing (BigInt, null-prototype objects, symbols). */
const show = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'an array' : 'an object') : String(value);
const get = (node: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined);

function traitProblems(node: object): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const key = get(node, 'key');
  if (typeof key !== 'string' || key === '') problems.push({ path: ['key'], message: 'must be a trait name such as "plan" or "company.size"' });
  else {
    const segments = key.split('.');
    const forbidden = segments.find((segment) => FORBIDDEN_SEGMENTS.has(segment));
    if (forbidden !== undefined) problems.push({ path: ['key'], message: `"${forbidden}" is not allowed in a trait key` });
    else if (segments.includes('')) problems.push({ path: ['key'], message: 'must not have an empty segment' });
  }
  const op = get(node, 'op');
  const value = get(node, 'value');
  const need = (what: string): void => void problems.push({ path: ['value'], message: `"${String(op)}" needs ${what}` });
  switch (op) {
    case 'eq':
    case 'ne':
    case 'contains':
      if (!isScalar(value)) need('a string, number or boolean');
      break;
    case 'in':
    case 'not_in':
      if (!Array.isArray(value)) need('an array');
      else value.forEach((item: unknown, i) => {
        if (!isScalar(item)) problems.push({ path: ['value', i], message: 'must be a string, number or boolean' });
      });
      break;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (numericValue(value) === undefined && timeValue(value) === undefined) need('a number or a date');
      break;
    case 'before':
    case 'after':
      if (timeValue(value) === undefined) need('a date such as "2024-01-31" or "2024-01-31T09:00:00Z"');
      break;
    case 'exists':
    case 'not_exists':
      if (value !== undefined) problems.push({ path: ['value'], message: `"${op}" takes no value` });
      break;
    case 'regex':
      if (typeof value !== 'string') need('a pattern string');
      else if (value.length > MAX_REGEX_PATTERN_LENGTH) problems.push({ path: ['value'], message: `pattern must be at most ${MAX_REGEX_PATTERN_LENGTH} characters` });
      else {
        const compiled = compileRulePattern(value);
        if (compiled?.ok === false) problems.push({ path: ['value'], message: `invalid regular expression: ${compiled.error}` });
      }
      break;
    default:
      problems.push({ path: ['op'], message: `unknown operator ${show(op)}` });
  }
  return problems;
}

function eventProblems(node: object): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const name = get(node, 'name');
  const op = get(node, 'op');
  const count = get(node, 'count');
  const withinDays = get(node, 'withinDays');
  if (typeof name !== 'string' || name === '') problems.push({ path: ['name'], message: 'must be an event name' });
  if (typeof op !== 'string' || !COUNT_OPS.has(op)) problems.push({ path: ['op'], message: 'must be one of "gte", "lte", "eq", "gt", "lt"' });
  if (!isCount(count)) problems.push({ path: ['count'], message: 'must be a whole number, at least 0' });
  else if (op === 'lt' && count === 0) problems.push({ path: ['count'], message: '"lt" 0 can never match' });
  if (withinDays !== undefined && !(typeof withinDays === 'number' && Number.isFinite(withinDays) && withinDays > 0)) {
    problems.push({ path: ['withinDays'], message: 'must be a number of days greater than 0' });
  }
  return problems;
}

function deviceProblems(node: object): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const minWidth = get(node, 'minWidth');
  const maxWidth = get(node, 'maxWidth');
  const touch = get(node, 'touch');
  if (minWidth !== undefined && !isWidth(minWidth)) problems.push({ path: ['minWidth'], message: 'must be a width in pixels' });
  if (maxWidth !== undefined && !isWidth(maxWidth)) problems.push({ path: ['maxWidth'], message: 'must be a width in pixels' });
  if (isWidth(minWidth) && isWidth(maxWidth) && minWidth > maxWidth) problems.push({ path: ['maxWidth'], message: 'must be at least minWidth' });
  if (touch !== undefined && typeof touch !== 'boolean') problems.push({ path: ['touch'], message: 'must be true or false' });
  return problems;
}

function dateProblems(node: object): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const from = get(node, 'from');
  const to = get(node, 'to');
  if (from !== undefined && !isTimestamp(from)) problems.push({ path: ['from'], message: 'must be a time in epoch milliseconds' });
  if (to !== undefined && !isTimestamp(to)) problems.push({ path: ['to'], message: 'must be a time in epoch milliseconds' });
  if (isTimestamp(from) && isTimestamp(to) && to <= from) problems.push({ path: ['to'], message: 'must be after from' });
  return problems;
}

/**
 * Problems with one condition node's own fields (children of all/any/not are not visited), beyond
 * what the schema can express. Robust to any input. Shared by `validateCondition` (which reports
 * them) and `evaluateCondition` (for which a node with problems is unknown, so it never matches).
 */
export function findConditionProblems(node: unknown): ConditionProblem[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [{ path: [], message: 'must be a condition object' }];
  const type = get(node, 'type');
  switch (type) {
    case 'trait':
      return traitProblems(node);
    case 'event':
      return eventProblems(node);
    case 'flow': {
      const problems: ConditionProblem[] = [];
      if (typeof get(node, 'flowId') !== 'string') problems.push({ path: ['flowId'], message: 'must be a flow id' });
      const state = get(node, 'state');
      if (typeof state !== 'string' || !FLOW_STATES.has(state)) problems.push({ path: ['state'], message: 'must be one of "seen", "not_seen", "completed", "not_completed", "dismissed", "not_dismissed"' });
      return problems;
    }
    case 'milestone': {
      const problems: ConditionProblem[] = [];
      if (typeof get(node, 'milestone') !== 'string') problems.push({ path: ['milestone'], message: 'must be a milestone id' });
      if (typeof get(node, 'reached') !== 'boolean') problems.push({ path: ['reached'], message: 'must be true or false' });
      return problems;
    }
    case 'device':
      return deviceProblems(node);
    case 'date':
      return dateProblems(node);
    case 'element': {
      const anchor = get(node, 'anchor');
      return typeof anchor === 'object' && anchor !== null && !Array.isArray(anchor) ? [] : [{ path: ['anchor'], message: 'must be an anchor' }];
    }
    case 'all':
    case 'any':
      return Array.isArray(get(node, 'conditions')) ? [] : [{ path: ['conditions'], message: 'must be an array of conditions' }];
    case 'not': {
      const inner = get(node, 'condition');
      return typeof inner === 'object' && inner !== null ? [] : [{ path: ['condition'], message: 'must be a condition' }];
    }
    default:
      return [{ path: ['type'], message: `unknown condition type ${show(type)}` }];
  }
}
