import { describe, expect, it } from 'vitest';
import { chanceToBeatControl } from '../../../shared/stats/chanceToBeatControl.ts';
import { compareProportions } from '../../../shared/stats/compareProportions.ts';
import { wilsonInterval } from '../../../shared/stats/wilsonInterval.ts';

// Reference values from SciPy 1.17: binomtest(...).proportion_ci(method='wilson'),
// chi2_contingency(correction=False), and quad() over the Beta posteriors.
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
  it.each([
    [100, 1000, 110, 1000, 0.465743587933635],
    [420, 1000, 570, 1000, 1.9658213885782842e-11],
    [30, 100, 45, 100, 0.028459736916310638],
  ])('p-value of %s/%s vs %s/%s equals the 2×2 chi-square test', (ca, na, cb, nb, p) => {
    const r = compareProportions({ converted: ca, exposed: na }, { converted: cb, exposed: nb });
    expect(Math.abs(r.pValue - p) / p).toBeLessThan(1e-8);
  });

  it('lifts: 42% → 57% on 1000 users each', () => {
    const r = compareProportions({ converted: 420, exposed: 1000 }, { converted: 570, exposed: 1000 });
    expect(r.absoluteLift.estimate).toBeCloseTo(0.15, 12);
    // Wald: 0.15 ± 1.96·√(0.42·0.58/1000 + 0.57·0.43/1000) = 0.15 ± 0.04333
    expect(r.absoluteLift.low).toBeCloseTo(0.15 - 1.959963984540054 * Math.sqrt(0.0004887), 10);
    expect(r.absoluteLift.high).toBeCloseTo(0.15 + 1.959963984540054 * Math.sqrt(0.0004887), 10);
    expect(r.relativeLift!.estimate).toBeCloseTo(0.57 / 0.42 - 1, 12);
    // Delta method: se = √(Var(b)/a² + b²Var(a)/a⁴) = √(0.0002451/0.1764 + 0.3249·0.0002436/0.03111696) = 0.0627132
    expect(r.relativeLift!.high - r.relativeLift!.estimate).toBeCloseTo(1.959963984540054 * 0.0627132, 6);
    expect(r.relativeLift!.estimate - r.relativeLift!.low).toBeCloseTo(1.959963984540054 * 0.0627132, 6);
  });

  it('relative lift is undefined when control converts nobody; identical arms have p = 1', () => {
    expect(compareProportions({ converted: 0, exposed: 50 }, { converted: 5, exposed: 50 }).relativeLift).toBeNull();
    expect(compareProportions({ converted: 0, exposed: 50 }, { converted: 0, exposed: 50 }).pValue).toBe(1);
    expect(compareProportions({ converted: 20, exposed: 50 }, { converted: 20, exposed: 50 }).pValue).toBeCloseTo(1, 12);
    expect(compareProportions({ converted: 0, exposed: 0 }, { converted: 3, exposed: 10 }).pValue).toBe(1);
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
