import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../shared/schema/condition.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import { validateCondition } from '../../../shared/schema/validateCondition.ts';
import {
  appendTo, asGroup, fromRootGroup, nodeAt, pathLabel, removeAt, replaceAt, setMode, setNegated, toRootGroup,
} from '../../../extension/lib/flows/conditionTree.ts';

const trial: Condition = { type: 'trait', key: 'plan', op: 'eq', value: 'trial' };
const admin: Condition = { type: 'trait', key: 'role', op: 'eq', value: 'admin' };
const wide: Condition = { type: 'device', minWidth: 1024 };

describe('conditionTree', () => {
  it('reads no audience as an empty "all" group and stores an empty group as no audience', () => {
    expect(toRootGroup(undefined)).toEqual({ type: 'all', conditions: [] });
    expect(fromRootGroup({ type: 'any', conditions: [] })).toBeUndefined();
    expect(toRootGroup(trial)).toEqual({ type: 'all', conditions: [trial] });
  });

  it('builds a nested group, switches its mode and negates it, without touching the input', () => {
    const root = toRootGroup(trial);
    const withGroup = appendTo(root, [], { type: 'any', conditions: [admin] });
    const filled = appendTo(withGroup, [1], wide);
    expect(root).toEqual({ type: 'all', conditions: [trial] });
    expect(filled).toEqual({ type: 'all', conditions: [trial, { type: 'any', conditions: [admin, wide] }] });

    const all = setMode(filled, [1], 'all');
    expect(all.conditions[1]).toEqual({ type: 'all', conditions: [admin, wide] });
    const negated = setNegated(all, [1], true);
    expect(negated.conditions[1]).toEqual({ type: 'not', condition: { type: 'all', conditions: [admin, wide] } });
    // A negated group is walked through: edits inside it keep the negation.
    const deeper = appendTo(negated, [1], { type: 'any', conditions: [trial] });
    expect(asGroup(nodeAt(deeper, [1]))!.conditions).toHaveLength(3);
    expect(nodeAt(deeper, [1]).type).toBe('not');
    const switched = setMode(deeper, [1], 'any');
    expect(switched.conditions[1]).toEqual({ type: 'not', condition: { type: 'any', conditions: [admin, wide, { type: 'any', conditions: [trial] }] } });
    expect(validateCondition(fromRootGroup(switched)!)).toEqual([]);
  });

  it('replaces a condition keeping its negation, and removes at any depth', () => {
    let root = toRootGroup({ type: 'all', conditions: [{ type: 'not', condition: trial }, { type: 'any', conditions: [admin, wide] }] });
    root = replaceAt(root, [0], admin);
    expect(root.conditions[0]).toEqual({ type: 'not', condition: admin });
    root = replaceAt(root, [1, 0], trial);
    expect(asGroup(root.conditions[1]!)!.conditions[0]).toEqual(trial);
    root = removeAt(root, [1, 1]);
    expect(root.conditions[1]).toEqual({ type: 'any', conditions: [trial] });
    root = setNegated(root, [0], false);
    expect(root.conditions[0]).toEqual(admin);
    root = removeAt(root, [1]);
    expect(root).toEqual({ type: 'all', conditions: [admin] });
    expect(() => appendTo(root, [0], trial)).toThrow('no group at 0');
  });

  it('switches the root between all and any, which changes who matches', () => {
    const root = toRootGroup({ type: 'all', conditions: [trial, admin] });
    const ctx: TargetingContext = {
      now: 0, traits: { plan: 'trial', role: 'member' }, eventCounts: () => 0, flowStates: {}, milestones: new Set(),
      device: { width: 1280, touch: false }, elementPresent: () => false,
    };
    const evaluate = (c: Condition) => evaluateCondition(c, ctx);
    expect(evaluate(fromRootGroup(root)!)).toBe(false);
    expect(evaluate(fromRootGroup(setMode(root, [], 'any'))!)).toBe(true);
  });

  it('labels paths from 1', () => {
    expect(pathLabel([0, 2, 1])).toBe('1.3.2');
    expect(pathLabel([])).toBe('');
  });
});
