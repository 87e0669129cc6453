import { describe, expect, it } from 'vitest';
import { assignVariant } from '../../../shared/experiment/assignVariant.ts';
import { inHoldout } from '../../../shared/experiment/inHoldout.ts';
import { experiment } from '../../support/fixtures/experiment.ts';

const users = Array.from({ length: 10_000 }, (_, i) => `u${i}`);

describe('assignVariant', () => {
  it('puts the GrowthBook vector users where their hash falls', () => {
    // hashV2("feature", "123") = 0.5231: second arm of a 50/50 split, first arm of 60/40.
    expect(assignVariant(experiment({ seed: 'feature' }), '123')).toBe('bar');
    expect(assignVariant(experiment({ seed: 'feature', variants: [{ key: 'control', flowId: null, weight: 60 }, { key: 'bar', flowId: 'b', weight: 40 }] }), '123')).toBe('control');
    // hashV2("seed", "a") = 0.0505: outside a 10% coverage slice (arm 1 owns [0, 0.05)), inside 20%.
    expect(assignVariant(experiment({ seed: 'seed', coverage: 0.1 }), 'a')).toBeNull();
    expect(assignVariant(experiment({ seed: 'seed', coverage: 0.2 }), 'a')).toBe('control');
  });

  it('treats weights as relative and splits users in proportion', () => {
    const counts = { control: 0, a: 0, b: 0 };
    const three = experiment({ variants: [{ key: 'control', flowId: null, weight: 2 }, { key: 'a', flowId: 'fa', weight: 1 }, { key: 'b', flowId: 'fb', weight: 1 }] });
    for (const u of users) counts[assignVariant(three, u) as keyof typeof counts]++;
    expect(counts.control / users.length).toBeCloseTo(0.5, 1);
    expect(counts.a / users.length).toBeCloseTo(0.25, 1);
    expect(counts.b / users.length).toBeCloseTo(0.25, 1);
  });

  it('is deterministic and depends on the seed', () => {
    const a = users.map((u) => assignVariant(experiment(), u));
    expect(users.map((u) => assignVariant(experiment(), u))).toEqual(a);
    const other = users.map((u) => assignVariant(experiment({ seed: 'another-seed' }), u));
    const same = other.filter((v, i) => v === a[i]).length / users.length;
    expect(same).toBeGreaterThan(0.45);
    expect(same).toBeLessThan(0.55);
  });

  it('coverage leaves users out, and widening it never moves a user between arms', () => {
    const at30 = users.map((u) => assignVariant(experiment({ coverage: 0.3 }), u));
    const at80 = users.map((u) => assignVariant(experiment({ coverage: 0.8 }), u));
    expect(at30.filter((v) => v !== null).length / users.length).toBeCloseTo(0.3, 1);
    expect(at30.filter((v, i) => v !== null && at80[i] !== v)).toEqual([]);
  });

  it('a zero-weight arm gets nobody', () => {
    const off = experiment({ variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'bar', flowId: 'b', weight: 0 }] });
    expect(users.every((u) => assignVariant(off, u) === 'control')).toBe(true);
  });
});

describe('inHoldout', () => {
  it('holds out about the given share, by its own seed, and nobody without a holdout', () => {
    const held = users.filter((u) => inHoldout({ seed: 'global-holdout', share: 0.1 }, u));
    expect(held.length / users.length).toBeCloseTo(0.1, 2);
    expect(users.some((u) => inHoldout(undefined, u))).toBe(false);
    expect(users.some((u) => inHoldout({ seed: 'global-holdout', share: 0 }, u))).toBe(false);
    // hashV2("seed", "a") = 0.0505
    expect(inHoldout({ seed: 'seed', share: 0.06 }, 'a')).toBe(true);
    expect(inHoldout({ seed: 'seed', share: 0.05 }, 'a')).toBe(false);
  });
  it('growing the share only adds users to the holdout', () => {
    const small = new Set(users.filter((u) => inHoldout({ seed: 'h', share: 0.05 }, u)));
    const large = new Set(users.filter((u) => inHoldout({ seed: 'h', share: 0.15 }, u)));
    expect([...small].filter((u) => !large.has(u))).toEqual([]);
    expect(large.size).toBeGreaterThan(small.size);
  });
});
