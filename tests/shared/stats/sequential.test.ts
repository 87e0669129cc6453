import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alwaysValidPValue } from '../../../shared/stats/alwaysValidPValue.ts';
import { applyingMethod } from '../../../shared/stats/applyingMethod.ts';
import { compareProportions } from '../../../shared/stats/compareProportions.ts';
import { mixtureTuning } from '../../../shared/stats/mixtureTuning.ts';
import { sequentialMultiplier } from '../../../shared/stats/sequentialMultiplier.ts';

describe('normal-mixture confidence sequence', () => {
  it('matches the closed forms (reference values from Python, math module)', () => {
    const rho2 = mixtureTuning(0.05, 342);
    expect(rho2).toBeCloseTo(0.023205130414437326, 15);
    expect(sequentialMultiplier(342, 0.05, rho2)).toBeCloseTo(3.0352089903762534, 12);
    expect(sequentialMultiplier(100, 0.05, rho2)).toBeCloseTo(3.2079150759923163, 12);
    expect(sequentialMultiplier(5000, 0.05, mixtureTuning(0.05, 2000))).toBeCloseTo(3.0795140489058217, 12);
  });

  it('is narrowest around the users it is tuned for, and always wider than the fixed 1.96', () => {
    const rho2 = mixtureTuning(0.05, 1000);
    const k = (n: number) => sequentialMultiplier(n, 0.05, rho2);
    expect(k(1000)).toBeLessThan(k(250));
    expect(k(1000)).toBeLessThan(k(4000));
    for (const n of [10, 100, 1000, 10_000, 1_000_000]) expect(k(n)).toBeGreaterThan(1.96);
    expect(sequentialMultiplier(0, 0.05, rho2)).toBe(Infinity);
  });

  it('the always-valid p-value is α exactly on the boundary, and the inverse of the mSPRT likelihood ratio (Johari et al.)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100_000 }), fc.integer({ min: 2, max: 100_000 }), fc.double({ min: 0.001, max: 0.2, noNaN: true }), (n, tuning, alpha) => {
        const rho2 = mixtureTuning(alpha, tuning);
        expect(alwaysValidPValue(sequentialMultiplier(n, alpha, rho2), n, rho2)).toBeCloseTo(alpha, 10);
      }),
      { seed: 3, numRuns: 500 },
    );
    // Λ = √(V/(V + τ²))·exp(τ²θ̂²/(2V(V + τ²))), V the estimate's variance, τ² = ρ²·n·V (ρ² per user).
    const n = 800;
    const V = 0.0006;
    const theta = 0.05;
    const rho2 = mixtureTuning(0.05, 1000);
    const tau2 = rho2 * n * V;
    const lambda = Math.sqrt(V / (V + tau2)) * Math.exp((tau2 * theta * theta) / (2 * V * (V + tau2)));
    expect(alwaysValidPValue(theta / Math.sqrt(V), n, rho2)).toBeCloseTo(1 / lambda, 12);
  });

  it('tuning is fixed in advance and validated', () => {
    expect(() => mixtureTuning(0, 100)).toThrow(/alpha must be between 0 and 1/);
    expect(() => mixtureTuning(0.05, 0)).toThrow(/tuningUsers must be a positive number/);
    expect(mixtureTuning(0.05)).toBe(mixtureTuning(0.05, 2000));
  });

  it('sequential comparisons: wider than fixed, the same estimate, and p ≥ the fixed p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 4000 }), fc.integer({ min: 20, max: 4000 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (na, nb, pa, pb) => {
        const a = { exposed: na, converted: Math.round(na * pa) };
        const b = { exposed: nb, converted: Math.round(nb * pb) };
        const fixed = compareProportions(a, b);
        const sequential = compareProportions(a, b, { method: 'sequential', tuningUsers: 1000 });
        expect(sequential.absoluteLift.estimate).toBe(fixed.absoluteLift.estimate);
        expect(sequential.absoluteLift.low).toBeLessThanOrEqual(fixed.absoluteLift.low);
        expect(sequential.absoluteLift.high).toBeGreaterThanOrEqual(fixed.absoluteLift.high);
        expect(sequential.pValue).toBeGreaterThanOrEqual(fixed.pValue);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('applyingMethod', () => {
  it('auto: sequential until every arm has the plan, then fixed; without a plan sequential; forced methods stay', () => {
    expect(applyingMethod('auto', 171, [171, 170])).toBe('sequential');
    expect(applyingMethod('auto', 171, [171, 200])).toBe('fixed');
    expect(applyingMethod('auto', undefined, [10_000, 10_000])).toBe('sequential');
    expect(applyingMethod('fixed', 171, [1, 1])).toBe('fixed');
    expect(applyingMethod('sequential', 171, [500, 500])).toBe('sequential');
  });
});
