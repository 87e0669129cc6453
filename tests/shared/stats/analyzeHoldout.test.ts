import { describe, expect, it } from 'vitest';
import { analyzeHoldout } from '../../../shared/stats/analyzeHoldout.ts';
import { compareProportions } from '../../../shared/stats/compareProportions.ts';

describe('analyzeHoldout', () => {
  it('onboarding against the holdout as control: rates, lift with interval, p-value, split checked against the share', () => {
    const holdout = { exposed: 500, converted: 210 };
    const onboarding = { exposed: 4500, converted: 2230 };
    const result = analyzeHoldout({ holdout, onboarding }, 0.1);
    expect(result.control).toBe('holdout');
    const [held, rest] = result.arms;
    expect(held!.vsControl).toBeNull();
    expect(held!.rate.estimate).toBeCloseTo(0.42, 12);
    // Sequential by default, the fixed-horizon test alongside. No plan: tuned for when the 10%
    // holdout has 1,000 users, 10,000 users in all.
    expect(result.inference.tuningUsers).toBe(10_000);
    const expected = compareProportions(holdout, onboarding, { method: 'sequential', tuningUsers: 10_000 });
    expect(rest!.vsControl).toMatchObject({ method: 'sequential', absoluteLift: expected.absoluteLift, relativeLift: expected.relativeLift, pValue: expected.pValue, verdict: 'better' });
    expect(rest!.vsControl!.fixed).toEqual(compareProportions(holdout, onboarding));
    expect(rest!.vsControl!.absoluteLift.estimate).toBeCloseTo(2230 / 4500 - 0.42, 12);
    expect(rest!.vsControl!.absoluteLift.low).toBeGreaterThan(0);
    expect(result.sampleRatioMismatch).toMatchObject({ checked: true, alert: false });
    // 5% held out instead of the configured 10%: the split is broken.
    expect(analyzeHoldout({ holdout: { exposed: 250, converted: 105 }, onboarding }, 0.1).sampleRatioMismatch.alert).toBe(true);
  });

  it('waits for the sample gate, and needs a share strictly between 0 and 1', () => {
    const small = analyzeHoldout({ holdout: { exposed: 30, converted: 12 }, onboarding: { exposed: 270, converted: 140 } }, 0.1);
    expect(small.gate.ready).toBe(false);
    expect(small.gate.shortfall[0]).toEqual({ exposed: 70, converted: 0, notConverted: 0 });
    expect(small.arms[1]!.vsControl!.verdict).toBe('not_enough_data');
    expect(() => analyzeHoldout({ holdout: { exposed: 0, converted: 0 }, onboarding: { exposed: 1, converted: 0 } }, 0)).toThrow(/between 0 and 1/);
  });
});
