import { describe, expect, it } from 'vitest';
import { chanceToBeatControl } from '../../../shared/stats/chanceToBeatControl.ts';
import { compareProportions } from '../../../shared/stats/compareProportions.ts';
import { wilsonInterval } from '../../../shared/stats/wilsonInterval.ts';

// Reference values from SciPy 1.17: binomtest(...).proportion_ci(method='wilson') and quad() over
// the Beta posteriors.
describe('wilsonInterval', () => {
  it.each([
    [50, 100, 0.4038315303659956, 0.5961684696340044],
    [1, 10, 0.017876213095072896, 0.4041500267952385],
    [0, 10, 0, 0.27753279986288926],
    [10, 10, 0.7224672001371109, 1],
    [81, 263, 0.2552885198782742, 0.36620957698280004],
    [420, 1000, 0.38977268215878036, 0.4508395991989085],
  ])('%s of %s', (converted, exposed, low, high) => {
    const r = wilsonInterval(converted, exposed);
    expect(r.estimate).toBe(converted / exposed);
    expect(r.low).toBeCloseTo(low, 12);
    expect(r.high).toBeCloseTo(high, 12);
  });
  it('honours the confidence level, and says nothing for no users', () => {
    const r = wilsonInterval(81, 263, 0.99);
    expect(r.low).toBeCloseTo(0.24013690268760768, 12);
    expect(r.high).toBeCloseTo(0.3852825023182298, 12);
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, low: 0, high: 1 });
  });
});

describe('compareProportions', () => {
  // Reference values from Python's math.erfc and statistics.NormalDist (Wald z with unpooled variance).
  it.each([
    [100, 1000, 110, 1000, 0.46568424714874646],
    [420, 1000, 570, 1000, 1.1583254948164141e-11],
    [30, 100, 45, 100, 0.026577763365016174],
  ])('p-value of %s/%s vs %s/%s is the unpooled z test of the interval it comes with', (ca, na, cb, nb, p) => {
    const r = compareProportions({ converted: ca, exposed: na }, { converted: cb, exposed: nb });
    expect(Math.abs(r.pValue - p) / p).toBeLessThan(1e-8);
    expect(r.method).toBe('fixed');
  });

  it('lifts: 42% → 57% on 1000 users each', () => {
    const r = compareProportions({ converted: 420, exposed: 1000 }, { converted: 570, exposed: 1000 });
    expect(r.absoluteLift.estimate).toBeCloseTo(0.15, 12);
    // Wald: 0.15 ± 1.96·√(0.42·0.58/1000 + 0.57·0.43/1000) = 0.15 ± 0.04333
    expect(r.absoluteLift.low).toBeCloseTo(0.15 - 1.959963984540054 * Math.sqrt(0.0004887), 10);
    expect(r.absoluteLift.high).toBeCloseTo(0.15 + 1.959963984540054 * Math.sqrt(0.0004887), 10);
    expect(r.zScore).toBeCloseTo(6.785316179351947, 10);
    expect(r.relativeLift!.estimate).toBeCloseTo(0.57 / 0.42 - 1, 12);
    // Fieller: the r with (0.57 − 0.42·r)² = 1.96²·(Var b + r²·Var a); asymmetric around the estimate.
    expect(r.relativeLift!.low).toBeCloseTo(0.24092544177323671, 10);
    expect(r.relativeLift!.high).toBeCloseTo(0.4878360018839971, 10);
    const k = 1.959963984540054;
    for (const bound of [r.relativeLift!.low, r.relativeLift!.high]) {
      const ratio = bound + 1;
      expect((0.57 - 0.42 * ratio) ** 2).toBeCloseTo(k * k * (0.57 * 0.43 / 1000 + ratio * ratio * 0.42 * 0.58 / 1000), 12);
    }
  });

  it('a confidence level as a number still works, and the sequential method is wider at the same counts', () => {
    const a = { converted: 300, exposed: 1000 };
    const b = { converted: 345, exposed: 1000 };
    const at99 = compareProportions(a, b, 0.99);
    const at95 = compareProportions(a, b);
    expect(at99.absoluteLift.high - at99.absoluteLift.low).toBeGreaterThan(at95.absoluteLift.high - at95.absoluteLift.low);
    const sequential = compareProportions(a, b, { method: 'sequential' });
    expect(sequential.method).toBe('sequential');
    expect(sequential.absoluteLift.estimate).toBe(at95.absoluteLift.estimate);
    expect(sequential.absoluteLift.high - sequential.absoluteLift.low).toBeGreaterThan(at95.absoluteLift.high - at95.absoluteLift.low);
    expect(sequential.pValue).toBeGreaterThan(at95.pValue);
  });

  it('relative lift is undefined when control converts nobody; identical arms have p = 1; an empty arm says nothing', () => {
    expect(compareProportions({ converted: 0, exposed: 50 }, { converted: 5, exposed: 50 }).relativeLift).toBeNull();
    expect(compareProportions({ converted: 0, exposed: 50 }, { converted: 0, exposed: 50 }).pValue).toBe(1);
    expect(compareProportions({ converted: 20, exposed: 50 }, { converted: 20, exposed: 50 }).pValue).toBeCloseTo(1, 12);
    const empty = compareProportions({ converted: 0, exposed: 0 }, { converted: 3, exposed: 10 });
    expect(empty.pValue).toBe(1);
    expect(empty.absoluteLift).toMatchObject({ low: -1, high: 1 });
    expect(empty.relativeLift).toBeNull();
  });
});

describe('chanceToBeatControl', () => {
  it.each([
    [0, 0, 1, 1, 2 / 3],
    [40, 100, 50, 100, 0.921426248505418],
    [30, 100, 45, 100, 0.9854764919951664],
    [5, 20, 3, 20, 0.22686476345012846],
    [1000, 10000, 1050, 10000, 0.8780766728833557],
    [420, 1000, 570, 1000, 0.9999999999897604],
  ])('control %s/%s vs treatment %s/%s → %s', (ca, na, cb, nb, expected) => {
    expect(chanceToBeatControl({ converted: ca, exposed: na }, { converted: cb, exposed: nb })).toBeCloseTo(expected, 9);
  });
  it('is symmetric and a coin flip for identical arms', () => {
    const a = { converted: 37, exposed: 90 };
    const b = { converted: 44, exposed: 95 };
    expect(chanceToBeatControl(a, b) + chanceToBeatControl(b, a)).toBeCloseTo(1, 12);
    expect(chanceToBeatControl(a, a)).toBeCloseTo(0.5, 12);
  });
  it('stays accurate past the exact-sum limit (normal approximation)', () => {
    // 25,000 vs 25,400 conversions of 100,000: P ≈ Φ(0.004/√(2·0.25·0.75/100000)) = Φ(2.0656) = 0.9806
    expect(chanceToBeatControl({ converted: 25_000, exposed: 100_000 }, { converted: 25_400, exposed: 100_000 })).toBeCloseTo(0.9806, 3);
  });
});
