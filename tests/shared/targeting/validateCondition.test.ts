import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../shared/schema/condition.ts';
import { MAX_CONDITION_DEPTH } from '../../../shared/schema/conditionLimits.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import { validateCondition } from '../../../shared/schema/validateCondition.ts';

const trait = (key: string, op: string, value?: unknown): Condition => ({ type: 'trait', key, op, value }) as Condition;
const T = trait('plan', 'eq', 'pro');

describe('validateCondition', () => {
  it('a sound rule has no problems', () => {
    const rule: Condition = {
      type: 'all',
      conditions: [
        trait('plan', 'in', ['pro', 'team']),
        trait('company.size', 'gte', 10),
        trait('seats', 'lt', '100'),
        trait('signedUpAt', 'after', '2024-01-31'),
        trait('signedUpAt', 'gt', '2024-01-31T09:00:00+01:00'),
        trait('signedUpAt', 'before', 1_700_000_000_000),
        trait('email', 'regex', '@example\\.com$'),
        trait('email', 'exists'),
        trait('tags', 'contains', 'admin'),
        trait('beta', 'ne', true),
        { type: 'event', name: 'invite', op: 'gte', count: 1, withinDays: 7 },
        { type: 'flow', flowId: 'intro', state: 'not_completed' },
        { type: 'milestone', milestone: 'first_project', reached: true },
        { type: 'device', minWidth: 768, maxWidth: 768, touch: false },
        { type: 'date', from: 1000, to: 2000 },
        { type: 'element', anchor: { selectors: [{ kind: 'css', value: '#x' }] } },
        { type: 'not', condition: { type: 'any', conditions: [] } },
      ],
    };
    expect(validateCondition(rule)).toEqual([]);
  });

  it('trait value problems, with paths', () => {
    expect(validateCondition(trait('seats', 'gt', 'many'))).toEqual(['value: "gt" needs a number or a date']);
    expect(validateCondition(trait('seats', 'lte', true))).toEqual(['value: "lte" needs a number or a date']);
    expect(validateCondition(trait('seats', 'gte'))).toEqual(['value: "gte" needs a number or a date']);
    expect(validateCondition(trait('plan', 'exists', 'pro'))).toEqual(['value: "exists" takes no value']);
    expect(validateCondition(trait('plan', 'not_exists', false))).toEqual(['value: "not_exists" takes no value']);
    expect(validateCondition(trait('plan', 'eq'))).toEqual(['value: "eq" needs a string, number or boolean']);
    expect(validateCondition(trait('plan', 'ne', ['a']))).toEqual(['value: "ne" needs a string, number or boolean']);
    expect(validateCondition(trait('tags', 'contains'))).toEqual(['value: "contains" needs a string, number or boolean']);
    expect(validateCondition(trait('plan', 'not_in', [1, { a: 1 }, 'x', null]))).toEqual(['value[1]: must be a string, number or boolean', 'value[3]: must be a string, number or boolean']);
    expect(validateCondition(trait('signedUpAt', 'before', 'last week'))).toEqual(['value: "before" needs a date such as "2024-01-31" or "2024-01-31T09:00:00Z"']);
    expect(validateCondition(trait('signedUpAt', 'after', '2024-02-30'))).toEqual(['value: "after" needs a date such as "2024-01-31" or "2024-01-31T09:00:00Z"']);
    expect(validateCondition(trait('email', 'regex', 3))).toEqual(['value: "regex" needs a pattern string']);
    expect(validateCondition(trait('email', 'regex', 'a'.repeat(501)))).toEqual(['value: pattern must be at most 500 characters']);
    expect(validateCondition(trait('email', 'regex', 'a'.repeat(500)))).toEqual([]);
    expect(validateCondition(trait('plan', 'like', 'x'))).toEqual(['op: unknown operator "like"']);
  });

  it('nested paths, as in formatIssues', () => {
    const rule: Condition = {
      type: 'any',
      conditions: [
        trait('email', 'regex', '(['),
        trait('plan', 'in', 'pro'),
        { type: 'not', condition: { type: 'all', conditions: [T, trait('seats', 'gt', 'x')] } },
      ],
    };
    expect(validateCondition(rule)).toEqual([
      'conditions[0].value: invalid regular expression: missing "]" (at character 3)',
      'conditions[1].value: "in" needs an array',
      'conditions[2].condition.conditions[1].value: "gt" needs a number or a date',
    ]);
  });

  it('a path prefix', () => {
    expect(validateCondition(trait('plan', 'in', 'pro'), ['flows', 3, 'audience'])).toEqual(['flows[3].audience.value: "in" needs an array']);
    expect(validateCondition({ type: 'all', conditions: [trait('plan', 'in', 'pro')] }, ['audience'])).toEqual(['audience.conditions[0].value: "in" needs an array']);
  });

  it('trait keys that would reach the prototype, or have empty segments', () => {
    expect(validateCondition(trait('constructor', 'exists'))).toEqual(['key: "constructor" is not allowed in a trait key']);
    expect(validateCondition(trait('company.__proto__.x', 'exists'))).toEqual(['key: "__proto__" is not allowed in a trait key']);
    expect(validateCondition(trait('a.prototype', 'exists'))).toEqual(['key: "prototype" is not allowed in a trait key']);
    expect(validateCondition(trait('company..size', 'exists'))).toEqual(['key: must not have an empty segment']);
    expect(validateCondition(trait('company.', 'exists'))).toEqual(['key: must not have an empty segment']);
    expect(validateCondition(trait('company.constructorName', 'exists'))).toEqual([]);
  });

  it('event, device and date windows', () => {
    expect(validateCondition({ type: 'event', name: 'x', op: 'lt', count: 0 })).toEqual(['count: "lt" 0 can never match']);
    expect(validateCondition({ type: 'event', name: 'x', op: 'lte', count: 0 })).toEqual([]);
    expect(validateCondition({ type: 'device', minWidth: 1024, maxWidth: 768 })).toEqual(['maxWidth: must be at least minWidth']);
    expect(validateCondition({ type: 'date', from: 2000, to: 1000 })).toEqual(['to: must be after from']);
    expect(validateCondition({ type: 'date', from: 2000, to: 2000 })).toEqual(['to: must be after from']);
  });

  it('wrong types sneaked past the schema are reported, not thrown', () => {
    const cases: [unknown, string[]][] = [
      [{ type: 'event', name: 'x', op: 'gte', count: '1' }, ['count: must be a whole number, at least 0']],
      [{ type: 'event', name: '', op: 'ne', count: 1, withinDays: 0 }, ['name: must be an event name', 'op: must be one of "gte", "lte", "eq", "gt", "lt"', 'withinDays: must be a number of days greater than 0']],
      [{ type: 'flow', flowId: 1, state: 'started' }, ['flowId: must be a flow id', 'state: must be one of "seen", "not_seen", "completed", "not_completed", "dismissed", "not_dismissed"']],
      [{ type: 'milestone', milestone: 'm', reached: 'yes' }, ['reached: must be true or false']],
      [{ type: 'device', minWidth: -1, touch: 1 }, ['minWidth: must be a width in pixels', 'touch: must be true or false']],
      [{ type: 'date', from: '2024-01-01' }, ['from: must be a time in epoch milliseconds']],
      [{ type: 'element', anchor: null }, ['anchor: must be an anchor']],
      [{ type: 'all', conditions: {} }, ['conditions: must be an array of conditions']],
      [{ type: 'not', condition: [] }, []], // an array is an object here; its own problems surface below
      [{ type: 'not' }, ['condition: must be a condition']],
      [{ type: 'any', conditions: [null, 'x'] }, ['conditions[0]: must be a condition object', 'conditions[1]: must be a condition object']],
      [{ type: 'segment' }, ['type: unknown condition type "segment"']],
      [{ type: 10n }, ['type: unknown condition type 10']],
      [trait('a', Symbol('op') as unknown as string), ['op: unknown operator Symbol(op)']],
      [null, ['(root): must be a condition object']],
    ];
    for (const [rule, expected] of cases) {
      if (expected.length === 0) continue;
      expect(validateCondition(rule as Condition), JSON.stringify(rule, (_, v: unknown) => (typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : v))).toEqual(expected);
    }
    expect(validateCondition({ type: 'not', condition: [] } as unknown as Condition)).toEqual(['condition: must be a condition object']);
  });

  it(`nesting deeper than ${MAX_CONDITION_DEPTH} levels`, () => {
    let ok: Condition = T;
    for (let i = 1; i < MAX_CONDITION_DEPTH; i++) ok = { type: 'not', condition: ok };
    expect(validateCondition(ok)).toEqual([]);
    const tooDeep: Condition = { type: 'all', conditions: [ok] };
    const path = `conditions[0]${'.condition'.repeat(MAX_CONDITION_DEPTH - 1)}`;
    expect(validateCondition(tooDeep)).toEqual([`${path}: conditions may be nested at most ${MAX_CONDITION_DEPTH} levels deep`]);
  });

  it('a cyclic or huge shared-reference rule is reported, not walked forever', () => {
    const cyclic = { type: 'any', conditions: [T] } as { type: 'any'; conditions: Condition[] };
    cyclic.conditions.push(cyclic);
    const deepest = `${'conditions[1].'.repeat(MAX_CONDITION_DEPTH - 1)}conditions`;
    expect(validateCondition(cyclic)).toEqual([0, 1].map((i) => `${deepest}[${i}]: conditions may be nested at most ${MAX_CONDITION_DEPTH} levels deep`));
    let wide: Condition = T;
    for (let i = 0; i < 30; i++) wide = { type: 'all', conditions: [wide, wide] };
    const lines = validateCondition(wide);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: a rule may have at most 10000 conditions$/);
  });

  it('whatever it reports never matches when evaluated, even under not', () => {
    const ctx: TargetingContext = {
      now: 1500,
      traits: { plan: 'pro', seats: 5, email: 'a@b.c' },
      eventCounts: () => 0,
      flowStates: {},
      milestones: new Set(),
      device: { width: 800, touch: false },
      elementPresent: () => true,
    };
    const reported: Condition[] = [
      trait('seats', 'gt', 'many'),
      trait('plan', 'exists', 'pro'),
      trait('plan', 'in', 'pro'),
      trait('email', 'regex', '(['),
      trait('constructor', 'not_exists'),
      { type: 'event', name: 'x', op: 'lt', count: 0 },
      { type: 'device', minWidth: 1024, maxWidth: 768 },
      { type: 'date', from: 2000, to: 1000 },
    ];
    for (const rule of reported) {
      expect(validateCondition(rule).length).toBeGreaterThan(0);
      expect(evaluateCondition(rule, ctx)).toBe(false);
      expect(evaluateCondition({ type: 'not', condition: rule }, ctx)).toBe(false);
    }
  });
});
