import { describe, expect, it } from 'vitest';
import { sampleGate } from '../../../shared/stats/sampleGate.ts';
import { sampleRatioMismatch } from '../../../shared/stats/sampleRatioMismatch.ts';
import { sampleSizePerArm } from '../../../shared/stats/sampleSizePerArm.ts';

describe('sampleRatioMismatch', () => {
  it('[1000, 1200] on a 50/50 split: χ² = 18.18, alert', () => {
    const r = sampleRatioMismatch([1000, 1200], [50, 50]);
    expect(r.chiSquare).toBeCloseTo(18.18, 2);
    expect(r.degreesOfFreedom).toBe(1);
    expect(r.pValue).toBeCloseTo(2.0079e-5, 8);
    expect(r.alert).toBe(true);
  });
  it('[5000, 5200] on a 50/50 split: χ² = 3.92, no alert', () => {
    const r = sampleRatioMismatch([5000, 5200], [1, 1]);
    expect(r.chiSquare).toBeCloseTo(3.92, 2);
    expect(r.pValue).toBeCloseTo(0.04767, 5);
    expect(r.alert).toBe(false);
  });
  it('tests against unequal weights and several arms (df = k − 1)', () => {
    // 20/80 split observed exactly: no mismatch; the same counts on 50/50 are a gross one.
    expect(sampleRatioMismatch([200, 800], [20, 80]).chiSquare).toBe(0);
    expect(sampleRatioMismatch([200, 800], [50, 50]).alert).toBe(true);
    const three = sampleRatioMismatch([330, 340, 330], [1, 1, 1]);
    expect(three.degreesOfFreedom).toBe(2);
    expect(three.pValue).toBeCloseTo(Math.exp(-three.chiSquare / 2), 12); // df 2 closed form
    expect(three.alert).toBe(false);
  });
  it('never alerts while an arm has fewer than 8 users', () => {
    const r = sampleRatioMismatch([7, 60], [1, 1]);
    expect(r.pValue).toBeLessThan(0.001);
    expect(r.checked).toBe(false);
    expect(r.alert).toBe(false);
    expect(sampleRatioMismatch([8, 60], [1, 1]).alert).toBe(true);
  });
  it('users in an arm with zero weight are a mismatch', () => {
    const r = sampleRatioMismatch([500, 500, 20], [1, 1, 0]);
    expect(r.chiSquare).toBe(Infinity);
    expect(r.alert).toBe(true);
    expect(sampleRatioMismatch([500, 500, 0], [1, 1, 0]).degreesOfFreedom).toBe(1);
  });
  it('rejects counts and weights of different lengths', () => {
    expect(() => sampleRatioMismatch([1, 2], [1])).toThrow(/2 arm counts but 1 weights/);
  });
});

describe('sampleGate', () => {
  it('is closed until every arm has 100 users and 10 conversions and 10 non-conversions', () => {
    expect(sampleGate([{ exposed: 100, converted: 10 }, { exposed: 120, converted: 50 }]).ready).toBe(true);
    const short = sampleGate([{ exposed: 99, converted: 40 }, { exposed: 300, converted: 7 }]);
    expect(short.ready).toBe(false);
    expect(short.shortfall).toEqual([{ exposed: 1, converted: 0, notConverted: 0 }, { exposed: 0, converted: 3, notConverted: 0 }]);
    expect(sampleGate([{ exposed: 100, converted: 95 }, { exposed: 100, converted: 50 }]).shortfall[0]!.notConverted).toBe(5);
  });
  it('thresholds are options', () => {
    expect(sampleGate([{ exposed: 30, converted: 5 }, { exposed: 30, converted: 6 }], { minExposedPerArm: 30, minOutcomesPerArm: 5 }).ready).toBe(true);
  });
});

describe('sampleSizePerArm', () => {
  it('10% → 11% at α 0.05 two-sided and power 0.8 needs 14,749 per arm', () => {
    expect(sampleSizePerArm(0.1, 0.11)).toBe(14_749);
  });
  it('the reference case 42% → 57% needs 171 per arm; stricter settings need more', () => {
    expect(sampleSizePerArm(0.42, 0.57)).toBe(171);
    expect(sampleSizePerArm(0.42, 0.57, { power: 0.9 })).toBeGreaterThan(171);
    expect(sampleSizePerArm(0.42, 0.57, { alpha: 0.01 })).toBeGreaterThan(171);
    expect(sampleSizePerArm(0.57, 0.42)).toBe(171);
  });
  it('rejects rates outside (0, 1) and no effect', () => {
    expect(() => sampleSizePerArm(0, 0.1)).toThrow(/baseline must be between 0 and 1/);
    expect(() => sampleSizePerArm(0.1, 0.1)).toThrow(/must differ/);
  });
});
