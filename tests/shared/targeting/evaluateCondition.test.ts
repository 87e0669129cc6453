import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import type { Condition } from '../../../shared/schema/condition.ts';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_NODES } from '../../../shared/schema/conditionLimits.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

/** Events as (name, time) pairs; `eventCounts` counts those at or after `since`. */
function ctx(over: Partial<TargetingContext> & { events?: [string, number][] } = {}): TargetingContext {
  const { events = [], ...rest } = over;
  return {
    now: NOW,
    traits: {
      plan: 'pro',
      seats: 12,
      seatsText: '12',
      beta: true,
      tags: ['admin', 'early', 7],
      email: 'ada@example.com',
      signedUpAt: '2024-03-10T08:00:00Z',
      signedUpMs: Date.UTC(2024, 2, 10, 8),
      nothing: null,
      empty: '',
      company: { size: 250, name: 'Acme', address: { country: 'DE' } },
      'flat.key': 'flat',
    },
    eventCounts: (name, since) => events.filter(([n, t]) => n === name && (since === undefined || t >= since)).length,
    flowStates: {
      intro: { seen: true, completed: true, dismissed: false },
      tour: { seen: true, completed: false, dismissed: true },
    },
    milestones: new Set(['first_project']),
    device: { width: 1024, touch: false },
    elementPresent: (anchor) => anchor.selectors.some((s) => s.value === '#present'),
    ...rest,
  };
}

const trait = (key: string, op: string, value?: unknown): Condition => ({ type: 'trait', key, op, value }) as Condition;
const T = trait('plan', 'eq', 'pro');
const F = trait('plan', 'eq', 'free');
/** Malformed at run time: `in` needs an array. */
const BROKEN = trait('plan', 'in', 'pro');
const run = (condition: Condition, c: TargetingContext = ctx()) => evaluateCondition(condition, c);
const anchor = (value: string): Anchor => ({ selectors: [{ kind: 'css', value }] });

describe('evaluateCondition: trait operators', () => {
  it('eq: strict for strings and booleans, numeric between numbers and numeric strings', () => {
    expect(run(trait('plan', 'eq', 'pro'))).toBe(true);
    expect(run(trait('plan', 'eq', 'Pro'))).toBe(false);
    expect(run(trait('beta', 'eq', true))).toBe(true);
    expect(run(trait('beta', 'eq', 'true'))).toBe(false);
    expect(run(trait('seats', 'eq', 12))).toBe(true);
    expect(run(trait('seats', 'eq', '12'))).toBe(true);
    expect(run(trait('seatsText', 'eq', 12))).toBe(true);
    expect(run(trait('seatsText', 'eq', '12.0'))).toBe(false); // two strings compare as strings
    expect(run(trait('seats', 'eq', '12.0'))).toBe(true);
    expect(run(trait('seats', 'eq', 13))).toBe(false);
    expect(run(trait('seats', 'eq', 'twelve'))).toBe(false);
    expect(run(trait('beta', 'eq', 1))).toBe(false);
    expect(run(trait('missing', 'eq', 'pro'))).toBe(false);
    expect(run(trait('tags', 'eq', 'admin'))).toBe(false); // arrays: use contains
  });
  it('ne is the negation of eq; a missing trait is "not equal"', () => {
    expect(run(trait('plan', 'ne', 'free'))).toBe(true);
    expect(run(trait('plan', 'ne', 'pro'))).toBe(false);
    expect(run(trait('seats', 'ne', '12'))).toBe(false);
    expect(run(trait('missing', 'ne', 'pro'))).toBe(true);
  });
  it('in / not_in', () => {
    expect(run(trait('plan', 'in', ['free', 'pro']))).toBe(true);
    expect(run(trait('plan', 'in', ['free', 'team']))).toBe(false);
    expect(run(trait('seats', 'in', ['12', 20]))).toBe(true);
    expect(run(trait('plan', 'in', []))).toBe(false);
    expect(run(trait('plan', 'not_in', ['free', 'team']))).toBe(true);
    expect(run(trait('plan', 'not_in', ['pro']))).toBe(false);
    expect(run(trait('missing', 'in', ['pro']))).toBe(false);
    expect(run(trait('missing', 'not_in', ['pro']))).toBe(true);
  });
  it('in / not_in on an array trait: any overlap', () => {
    expect(run(trait('tags', 'in', ['admin', 'owner']))).toBe(true);
    expect(run(trait('tags', 'in', ['owner']))).toBe(false);
    expect(run(trait('tags', 'not_in', ['owner']))).toBe(true);
    expect(run(trait('tags', 'not_in', ['early']))).toBe(false);
  });
  it('gt / gte / lt / lte on numbers and numeric strings, with boundaries', () => {
    expect(run(trait('seats', 'gt', 11))).toBe(true);
    expect(run(trait('seats', 'gt', 12))).toBe(false);
    expect(run(trait('seats', 'gte', 12))).toBe(true);
    expect(run(trait('seats', 'gte', 13))).toBe(false);
    expect(run(trait('seats', 'lt', 13))).toBe(true);
    expect(run(trait('seats', 'lt', 12))).toBe(false);
    expect(run(trait('seats', 'lte', 12))).toBe(true);
    expect(run(trait('seats', 'lte', 11))).toBe(false);
    expect(run(trait('seatsText', 'gt', 9))).toBe(true); // "12" > 9 numerically, not "12" < "9" as text
    expect(run(trait('seats', 'gt', '9'))).toBe(true);
    expect(run(trait('company.size', 'gte', 250))).toBe(true);
  });
  it('gt / lt on ISO dates compare as dates', () => {
    expect(run(trait('signedUpAt', 'gt', '2024-01-01'))).toBe(true);
    expect(run(trait('signedUpAt', 'lt', '2024-01-01'))).toBe(false);
    expect(run(trait('signedUpAt', 'gte', '2024-03-10T08:00:00Z'))).toBe(true);
    expect(run(trait('signedUpAt', 'gt', '2024-03-10T08:00:00Z'))).toBe(false);
    expect(run(trait('signedUpAt', 'lt', '2024-03-10T10:00:00+02:00'))).toBe(false); // same instant
    expect(run(trait('signedUpAt', 'lte', '2024-03-10T10:00:00+02:00'))).toBe(true);
  });
  it('gt / lt between incomparable values is false (a number against a non-numeric string, a boolean, a missing trait)', () => {
    expect(run(trait('plan', 'gt', 5))).toBe(false);
    expect(run(trait('plan', 'lt', 5))).toBe(false);
    expect(run(trait('beta', 'gt', 0))).toBe(false);
    expect(run(trait('missing', 'gte', 0))).toBe(false);
    expect(run(trait('signedUpMs', 'gt', '2024-01-01'))).toBe(true); // a number against a date is epoch ms
    expect(run(trait('seats', 'gt', '2024-01-01'))).toBe(false); // 12 ms after 1970
    expect(run(trait('seatsText', 'gt', '2024-01-01'))).toBe(false); // a numeric string is not a date
  });
  it('before / after: ISO strings, Date objects and epoch ms; strict at the boundary', () => {
    expect(run(trait('signedUpAt', 'after', '2024-03-10'))).toBe(true);
    expect(run(trait('signedUpAt', 'before', '2024-03-10'))).toBe(false);
    expect(run(trait('signedUpAt', 'before', '2024-03-11'))).toBe(true);
    expect(run(trait('signedUpAt', 'before', '2024-03-10T08:00:00Z'))).toBe(false);
    expect(run(trait('signedUpAt', 'after', '2024-03-10T08:00:00Z'))).toBe(false);
    expect(run(trait('signedUpAt', 'after', '2024-03-10T07:59:59.999Z'))).toBe(true);
    expect(run(trait('signedUpMs', 'after', '2024-03-01'))).toBe(true);
    expect(run(trait('signedUpAt', 'before', Date.UTC(2025, 0, 1)))).toBe(true);
    expect(run(trait('d', 'after', '2024-01-01'), ctx({ traits: { d: new Date('2024-06-01T00:00:00Z') } }))).toBe(true);
    expect(run(trait('plan', 'before', '2024-01-01'))).toBe(false);
    expect(run(trait('d', 'after', '2024-01-01'), ctx({ traits: { d: '2024-02-30' } }))).toBe(false); // impossible date
  });
  it('dates without an offset are UTC', () => {
    expect(run(trait('d', 'eq', 0), ctx({ traits: { d: 1 } }))).toBe(false);
    expect(run(trait('d', 'before', '2024-01-01T00:00:00'), ctx({ traits: { d: Date.UTC(2023, 11, 31, 23, 59) } }))).toBe(true);
    expect(run(trait('d', 'after', '2024-01-01T00:00:00'), ctx({ traits: { d: Date.UTC(2024, 0, 1, 0, 1) } }))).toBe(true);
  });
  it('exists / not_exists: null and missing are absent, empty string and false are present', () => {
    expect(run(trait('plan', 'exists'))).toBe(true);
    expect(run(trait('empty', 'exists'))).toBe(true);
    expect(run(trait('missing', 'exists'))).toBe(false);
    expect(run(trait('nothing', 'exists'))).toBe(false);
    expect(run(trait('missing', 'not_exists'))).toBe(true);
    expect(run(trait('nothing', 'not_exists'))).toBe(true);
    expect(run(trait('plan', 'not_exists'))).toBe(false);
    expect(run(trait('flag', 'exists'), ctx({ traits: { flag: false } }))).toBe(true);
  });
  it('contains: case-sensitive substring for strings, membership for arrays', () => {
    expect(run(trait('email', 'contains', '@example.com'))).toBe(true);
    expect(run(trait('email', 'contains', '@EXAMPLE.com'))).toBe(false);
    expect(run(trait('tags', 'contains', 'admin'))).toBe(true);
    expect(run(trait('tags', 'contains', 'adm'))).toBe(false); // membership, not substring of an element
    expect(run(trait('tags', 'contains', '7'))).toBe(true); // numeric equality as for eq
    expect(run(trait('seats', 'contains', 1))).toBe(false); // numbers are not strings
    expect(run(trait('seatsText', 'contains', 1))).toBe(false);
    expect(run(trait('missing', 'contains', 'a'))).toBe(false);
  });
  it('regex', () => {
    expect(run(trait('email', 'regex', '^[a-z]+@example\\.com$'))).toBe(true);
    expect(run(trait('email', 'regex', '^bob@'))).toBe(false);
    expect(run(trait('seats', 'regex', '^12$'))).toBe(false); // strings only
    expect(run(trait('missing', 'regex', '.*'))).toBe(false);
  });
  it('regex: input longer than 1000 characters does not match', () => {
    expect(run(trait('long', 'regex', '^a+$'), ctx({ traits: { long: 'a'.repeat(1000) } }))).toBe(true);
    expect(run(trait('long', 'regex', '^a+$'), ctx({ traits: { long: 'a'.repeat(1001) } }))).toBe(false);
  });
});

describe('evaluateCondition: trait keys', () => {
  it('dotted paths walk nested objects; a flat dotted key wins', () => {
    expect(run(trait('company.name', 'eq', 'Acme'))).toBe(true);
    expect(run(trait('company.address.country', 'eq', 'DE'))).toBe(true);
    expect(run(trait('company.missing.x', 'exists'))).toBe(false);
    expect(run(trait('plan.length', 'exists'))).toBe(false); // no walking into strings
    expect(run(trait('flat.key', 'eq', 'flat'))).toBe(true);
  });
  it('prototype keys read nothing', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'company.constructor', 'company.__proto__', 'company.hasOwnProperty', 'plan.constructor.name']) {
      expect(run(trait(key, 'exists')), key).toBe(false);
      expect(run(trait(key, 'not_exists')), key).toBe(key === 'toString' || key === 'company.hasOwnProperty');
    }
    expect(run(trait('constructor.name', 'eq', 'Object'))).toBe(false);
    expect(run(trait('toString', 'ne', 'x'))).toBe(true); // inherited → missing → "not equal"
  });
  it('an own "__proto__" trait (from JSON.parse) is still not read', () => {
    const traits = JSON.parse('{"__proto__": {"admin": true}, "a": {"__proto__": {"b": 1}}}') as Record<string, unknown>;
    expect(run(trait('__proto__.admin', 'eq', true), ctx({ traits }))).toBe(false);
    expect(run(trait('a.__proto__.b', 'eq', 1), ctx({ traits }))).toBe(false);
  });
  it('empty segments read nothing', () => {
    expect(run(trait('company..size', 'exists'))).toBe(false);
    expect(run(trait('company.', 'exists'))).toBe(false);
  });
  it('array elements by index, and an array\'s own length', () => {
    expect(run(trait('tags.0', 'eq', 'admin'))).toBe(true);
    expect(run(trait('tags.length', 'gte', 3))).toBe(true);
  });
});

describe('evaluateCondition: all / any / not', () => {
  it('combine', () => {
    expect(run({ type: 'all', conditions: [T, T] })).toBe(true);
    expect(run({ type: 'all', conditions: [T, F] })).toBe(false);
    expect(run({ type: 'any', conditions: [F, T] })).toBe(true);
    expect(run({ type: 'any', conditions: [F, F] })).toBe(false);
    expect(run({ type: 'not', condition: F })).toBe(true);
    expect(run({ type: 'not', condition: T })).toBe(false);
    expect(run({ type: 'all', conditions: [] })).toBe(true);
    expect(run({ type: 'any', conditions: [] })).toBe(false);
  });
  it('nested', () => {
    const rule: Condition = {
      type: 'all',
      conditions: [
        { type: 'any', conditions: [F, { type: 'not', condition: { type: 'all', conditions: [T, F] } }] },
        { type: 'not', condition: { type: 'any', conditions: [F, trait('seats', 'lt', 10)] } },
      ],
    };
    expect(run(rule)).toBe(true);
    expect(run({ type: 'not', condition: rule })).toBe(false);
  });
  it('a malformed leaf is unknown: not(broken) stays false, any(broken, true) is true, all(broken, true) is false', () => {
    expect(run(BROKEN)).toBe(false);
    expect(run({ type: 'not', condition: BROKEN })).toBe(false);
    expect(run({ type: 'not', condition: { type: 'not', condition: BROKEN } })).toBe(false);
    expect(run({ type: 'any', conditions: [BROKEN, T] })).toBe(true);
    expect(run({ type: 'any', conditions: [BROKEN, F] })).toBe(false);
    expect(run({ type: 'not', condition: { type: 'any', conditions: [BROKEN, F] } })).toBe(false);
    expect(run({ type: 'all', conditions: [BROKEN, T] })).toBe(false);
    expect(run({ type: 'not', condition: { type: 'all', conditions: [BROKEN, F] } })).toBe(true); // false wins over unknown
  });
});

describe('evaluateCondition: events', () => {
  const ev = (op: string, count: number, withinDays?: number): Condition => ({ type: 'event', name: 'invite', op, count, withinDays }) as Condition;
  const events: [string, number][] = [
    ['invite', NOW - 7 * DAY], // exactly on a 7-day window's start
    ['invite', NOW - 7 * DAY - 1], // 1 ms outside it
    ['invite', NOW - DAY],
    ['other', NOW],
  ];
  const c = ctx({ events });
  it('all time', () => {
    expect(run(ev('eq', 3), c)).toBe(true);
    expect(run(ev('gte', 3), c)).toBe(true);
    expect(run(ev('gt', 3), c)).toBe(false);
    expect(run(ev('lt', 4), c)).toBe(true);
    expect(run(ev('lte', 2), c)).toBe(false);
  });
  it('within a window: starts now − days·86400000, inclusive', () => {
    expect(run(ev('eq', 2, 7), c)).toBe(true);
    expect(run(ev('gte', 3, 7), c)).toBe(false);
    expect(run(ev('eq', 1, 6), c)).toBe(true);
    expect(run(ev('eq', 1, 0.5), c)).toBe(false);
    expect(run(ev('eq', 0, 0.5), c)).toBe(true);
  });
  it('passes the window start to the context', () => {
    const calls: [string, number | undefined][] = [];
    run(ev('gte', 1, 30), ctx({ eventCounts: (name, since) => (calls.push([name, since]), 0) }));
    run(ev('gte', 1), ctx({ eventCounts: (name, since) => (calls.push([name, since]), 0) }));
    expect(calls).toEqual([['invite', NOW - 30 * DAY], ['invite', undefined]]);
  });
  it('a misbehaving eventCounts is unknown, not a throw', () => {
    expect(run(ev('gte', 0), ctx({ eventCounts: () => { throw new Error('storage'); } }))).toBe(false);
    expect(run({ type: 'not', condition: ev('gte', 1) }, ctx({ eventCounts: () => { throw new Error('storage'); } }))).toBe(false);
    expect(run(ev('gte', 0), ctx({ eventCounts: () => NaN }))).toBe(false);
    expect(run(ev('gte', 0), ctx({ eventCounts: (() => '3') as unknown as TargetingContext['eventCounts'] }))).toBe(false);
  });
});

describe('evaluateCondition: flows and milestones', () => {
  const flow = (flowId: string, state: string): Condition => ({ type: 'flow', flowId, state }) as Condition;
  it('flow states', () => {
    expect(run(flow('intro', 'seen'))).toBe(true);
    expect(run(flow('intro', 'not_seen'))).toBe(false);
    expect(run(flow('intro', 'completed'))).toBe(true);
    expect(run(flow('intro', 'not_completed'))).toBe(false);
    expect(run(flow('intro', 'dismissed'))).toBe(false);
    expect(run(flow('intro', 'not_dismissed'))).toBe(true);
    expect(run(flow('tour', 'dismissed'))).toBe(true);
    expect(run(flow('tour', 'not_completed'))).toBe(true);
  });
  it('a flow without history has never been seen; prototype ids included', () => {
    for (const id of ['never', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(run(flow(id, 'seen')), id).toBe(false);
      expect(run(flow(id, 'not_seen')), id).toBe(true);
      expect(run(flow(id, 'completed')), id).toBe(false);
      expect(run(flow(id, 'not_dismissed')), id).toBe(true);
    }
  });
  it('milestones', () => {
    expect(run({ type: 'milestone', milestone: 'first_project', reached: true })).toBe(true);
    expect(run({ type: 'milestone', milestone: 'first_project', reached: false })).toBe(false);
    expect(run({ type: 'milestone', milestone: 'invited_team', reached: false })).toBe(true);
    expect(run({ type: 'milestone', milestone: 'invited_team', reached: true })).toBe(false);
  });
});

describe('evaluateCondition: device, date, element', () => {
  it('device width range is inclusive at both ends', () => {
    const at = (width: number, touch = false) => ctx({ device: { width, touch } });
    const tablet: Condition = { type: 'device', minWidth: 768, maxWidth: 1024 };
    expect(run(tablet, at(768))).toBe(true);
    expect(run(tablet, at(1024))).toBe(true);
    expect(run(tablet, at(767))).toBe(false);
    expect(run(tablet, at(1025))).toBe(false);
    expect(run({ type: 'device', minWidth: 1200 }, at(1200))).toBe(true);
    expect(run({ type: 'device', maxWidth: 600 }, at(601))).toBe(false);
    expect(run({ type: 'device' }, at(1))).toBe(true);
  });
  it('device touch', () => {
    expect(run({ type: 'device', touch: true }, ctx({ device: { width: 400, touch: true } }))).toBe(true);
    expect(run({ type: 'device', touch: true }, ctx({ device: { width: 400, touch: false } }))).toBe(false);
    expect(run({ type: 'device', touch: false, maxWidth: 500 }, ctx({ device: { width: 400, touch: false } }))).toBe(true);
    expect(run({ type: 'device', touch: false, maxWidth: 500 }, ctx({ device: { width: 400, touch: true } }))).toBe(false);
  });
  it('date window: from inclusive, to exclusive', () => {
    const at = (now: number) => ctx({ now });
    const window: Condition = { type: 'date', from: 1000, to: 2000 };
    expect(run(window, at(999))).toBe(false);
    expect(run(window, at(1000))).toBe(true);
    expect(run(window, at(1999))).toBe(true);
    expect(run(window, at(2000))).toBe(false);
    expect(run({ type: 'date', from: 1000 }, at(5000))).toBe(true);
    expect(run({ type: 'date', to: 1000 }, at(5000))).toBe(false);
    expect(run({ type: 'date' }, at(5000))).toBe(true);
  });
  it('element present', () => {
    expect(run({ type: 'element', anchor: anchor('#present') })).toBe(true);
    expect(run({ type: 'element', anchor: anchor('#absent') })).toBe(false);
    expect(run({ type: 'not', condition: { type: 'element', anchor: anchor('#absent') } })).toBe(true);
  });
  it('a throwing elementPresent is unknown', () => {
    const c = ctx({ elementPresent: () => { throw new Error('detached'); } });
    expect(run({ type: 'element', anchor: anchor('#x') }, c)).toBe(false);
    expect(run({ type: 'not', condition: { type: 'element', anchor: anchor('#x') } }, c)).toBe(false);
  });
});

describe('evaluateCondition: malformed rules never throw and never match', () => {
  const bad: [string, unknown][] = [
    ['in with a string', trait('plan', 'in', 'pro')],
    ['not_in with a number', trait('plan', 'not_in', 5)],
    ['in with an object element', trait('plan', 'in', ['pro', { x: 1 }])],
    ['invalid regex', trait('email', 'regex', '([')],
    ['regex over 500 characters', trait('email', 'regex', `${'a?'.repeat(251)}`)],
    ['regex with a number', trait('email', 'regex', 5)],
    ['gt with a word', trait('seats', 'gt', 'many')],
    ['gt with a boolean', trait('seats', 'gt', true)],
    ['gt without value', trait('seats', 'gt')],
    ['before with a non-date', trait('signedUpAt', 'before', 'yesterday')],
    ['before with an impossible date', trait('signedUpAt', 'before', '2025-02-30')],
    ['eq with an array', trait('plan', 'eq', ['pro'])],
    ['eq without value', trait('plan', 'eq')],
    ['eq with NaN', trait('seats', 'eq', NaN)],
    ['contains with an object', trait('tags', 'contains', { a: 1 })],
    ['exists with a value', trait('plan', 'exists', 'pro')],
    ['unknown operator', trait('plan', 'like', 'p%')],
    ['key not a string', { type: 'trait', key: 5, op: 'exists' }],
    ['event count a string', { type: 'event', name: 'invite', op: 'gte', count: '1' }],
    ['event negative window', { type: 'event', name: 'invite', op: 'lte', count: 5, withinDays: -1 }],
    ['event unknown op', { type: 'event', name: 'invite', op: 'ne', count: 1 }],
    ['event lt 0', { type: 'event', name: 'invite', op: 'lt', count: 0 }],
    ['flow unknown state', { type: 'flow', flowId: 'intro', state: 'started' }],
    ['milestone reached as string', { type: 'milestone', milestone: 'first_project', reached: 'false' }],
    ['device width as string', { type: 'device', minWidth: '100' }],
    ['device min > max', { type: 'device', minWidth: 900, maxWidth: 100 }],
    ['device touch as string', { type: 'device', touch: 'false' }],
    ['date from as ISO string', { type: 'date', from: '2024-01-01' }],
    ['date to before from', { type: 'date', from: 2000, to: 1000 }],
    ['element without anchor', { type: 'element' }],
    ['all without array', { type: 'all', conditions: T }],
    ['not without condition', { type: 'not' }],
    ['unknown type', { type: 'segment', id: 'x' }],
    ['null', null],
    ['a string', 'all'],
    ['an array', [T]],
  ];
  it.each(bad)('%s', (_, rule) => {
    expect(() => run(rule as Condition)).not.toThrow();
    expect(run(rule as Condition)).toBe(false);
    expect(run({ type: 'not', condition: rule as Condition })).toBe(false);
  });
  it('a broken context never throws', () => {
    const broken = { ...ctx(), traits: null, flowStates: null, milestones: null, device: null } as unknown as TargetingContext;
    for (const rule of [trait('plan', 'exists'), { type: 'flow', flowId: 'a', state: 'seen' }, { type: 'milestone', milestone: 'a', reached: true }, { type: 'device' }] as Condition[]) {
      expect(() => run(rule, broken)).not.toThrow();
      expect(run(rule, broken)).toBe(false);
      expect(run({ type: 'not', condition: rule }, broken)).toBe(rule.type === 'trait'); // missing traits are simply absent
    }
  });
  it('a throwing trait getter is unknown', () => {
    const traits = Object.defineProperty({}, 'plan', { enumerable: true, get: () => { throw new Error('boom'); } }) as Record<string, unknown>;
    expect(run(trait('plan', 'exists'), ctx({ traits }))).toBe(false);
    expect(run(trait('plan', 'not_exists'), ctx({ traits }))).toBe(false);
  });
});

describe('evaluateCondition: size limits', () => {
  const nest = (levels: number, leaf: Condition): Condition => {
    let node = leaf;
    for (let i = 1; i < levels; i++) node = { type: 'all', conditions: [node] };
    return node;
  };
  it(`follows ${MAX_CONDITION_DEPTH} levels, not one more`, () => {
    expect(run(nest(MAX_CONDITION_DEPTH, T))).toBe(true);
    expect(run(nest(MAX_CONDITION_DEPTH + 1, T))).toBe(false);
    expect(run({ type: 'not', condition: nest(MAX_CONDITION_DEPTH, F) })).toBe(false); // the leaf is now too deep
  });
  it('a very deep tree is false at any parity of nots, without a stack overflow', () => {
    for (const levels of [1000, 1001, 100_000]) {
      let node: Condition = T;
      for (let i = 0; i < levels; i++) node = { type: 'not', condition: node };
      expect(run(node)).toBe(false);
    }
  });
  it('a cyclic rule is false', () => {
    const cyclic = { type: 'all', conditions: [T] } as { type: 'all'; conditions: Condition[] };
    cyclic.conditions.push(cyclic);
    expect(run(cyclic)).toBe(false);
  });
  it(`a shared-reference rule visiting over ${MAX_CONDITION_NODES} nodes is false, quickly`, () => {
    let node: Condition = F;
    for (let i = 0; i < 30; i++) node = { type: 'any', conditions: [node, node] }; // 2^30 leaves
    const started = Date.now();
    expect(run(node)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
