import { describe, expect, it } from 'vitest';
import { assignVariant } from '../../../shared/experiment/assignVariant.ts';
import { stickyAssignment } from '../../../shared/experiment/stickyAssignment.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import { experiment } from '../../support/fixtures/experiment.ts';

const base = experiment();
const reweighted: Experiment = { ...base, variants: [{ key: 'control', flowId: null, weight: 10 }, { key: 'bar', flowId: 'integration-bar', weight: 90 }] };
const users = Array.from({ length: 2000 }, (_, i) => `user-${i}`);

describe('stickyAssignment', () => {
  it('a first visit gets the hashed variant at bucket version 1', () => {
    expect(stickyAssignment(base, 'user-1', undefined)).toEqual({ variant: assignVariant(base, 'user-1'), bucketVersion: 1 });
  });

  it('keeps every stored assignment when weights change, while the bucket version is the same', () => {
    const stored = users.map((u) => stickyAssignment(base, u, undefined)!);
    const moved = users.filter((u, i) => assignVariant(reweighted, u) !== stored[i]!.variant);
    expect(moved.length).toBeGreaterThan(500); // without stickiness ~40% would switch arms
    expect(users.map((u, i) => stickyAssignment(reweighted, u, stored[i]))).toEqual(stored);
  });

  it('re-buckets under the current weights once the bucket version changes', () => {
    const stored = users.map((u) => stickyAssignment(base, u, undefined)!);
    const next = { ...reweighted, bucketVersion: 2 };
    const after = users.map((u, i) => stickyAssignment(next, u, stored[i])!);
    expect(after.every((a) => a.bucketVersion === 2)).toBe(true);
    expect(after.map((a) => a.variant)).toEqual(users.map((u) => assignVariant(reweighted, u)));
    expect(after.filter((a) => a.variant === 'bar').length / users.length).toBeCloseTo(0.9, 1);
  });

  it('drops a stored variant that no longer exists', () => {
    const renamed: Experiment = { ...base, variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'bar-v2', flowId: 'b', weight: 1 }] };
    const result = stickyAssignment(renamed, 'user-7', { variant: 'bar', bucketVersion: 1 });
    expect(['control', 'bar-v2']).toContain(result!.variant);
  });

  it('a user outside coverage is not in the experiment, but a stored assignment survives a coverage cut', () => {
    const narrow = { ...base, coverage: 0.1 };
    const outside = users.find((u) => assignVariant(narrow, u) === null)!;
    expect(stickyAssignment(narrow, outside, undefined)).toBeNull();
    const stored = stickyAssignment(base, outside, undefined)!;
    expect(stickyAssignment(narrow, outside, stored)).toEqual(stored);
  });
});
