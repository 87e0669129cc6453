import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from '../../../shared/stats/chiSquareSurvival.ts';
import { logGamma } from '../../../shared/stats/logGamma.ts';
import { normalCdf } from '../../../shared/stats/normalCdf.ts';
import { normalQuantile } from '../../../shared/stats/normalQuantile.ts';
import { regularizedGamma } from '../../../shared/stats/regularizedGamma.ts';

// Reference values from SciPy 1.17 (scipy.stats.norm, scipy.stats.chi2, scipy.special).
const closeRel = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);

describe('normalCdf', () => {
  it.each([
    [-1, 0.15865525393145707], [-1.96, 0.024997895148220435], [-3, 0.0013498980316300933],
    [-5, 2.866515718791933e-7], [-10, 7.61985302416047e-24], [0, 0.5], [0.3, 0.6179114221889526],
    [1, 0.8413447460685429], [2.5, 0.9937903346742238],
  ])('Φ(%s) = %s', (x, expected) => {
    closeRel(normalCdf(x), expected, 1e-8);
    if (Math.abs(x) < 5) expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-15);
  });
  it('is 0 and 1 at the far ends', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });
});

describe('normalQuantile', () => {
  it.each([
    [1e-10, -6.361340902404056], [1e-5, -4.264890793922825], [0.001, -3.090232306167813], [0.025, -1.9599639845400545],
    [0.3, -0.5244005127080409], [0.5, 0], [0.8, 0.8416212335729143], [0.975, 1.959963984540054], [0.999, 3.090232306167813],
  ])('Φ⁻¹(%s) = %s', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 9);
  });
  it('is infinite at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });
});

describe('logGamma and regularizedGamma', () => {
  it('ln Γ matches known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    closeRel(logGamma(100), 359.1342053695754, 1e-14);
    closeRel(logGamma(0.001), 6.907178885383853, 1e-14);
  });
  it.each([
    [2.5, 3, 0.6937810815867212], [0.5, 0.01, 0.11246291601828491], [50, 45, 0.24680203440017026],
    [1000, 1100, 0.9989406767460701], [3, 0.1, 0.00015465307026467172],
  ])('P(%s, %s) = %s, and P + Q = 1', (a, x, lower) => {
    const r = regularizedGamma(a, x);
    closeRel(r.lower, lower, 1e-12);
    expect(r.lower + r.upper).toBeCloseTo(1, 14);
  });
});

describe('chiSquareSurvival', () => {
  it.each([
    [18.181818181818183, 1, 2.007865612426481e-5], [3.9215686274509802, 1, 0.0476703806561615],
    [3.841458820694124, 1, 0.05], [7.5, 3, 0.0575584519726364], [0.5, 4, 0.9735009788392561],
    [30, 7, 9.495972508134177e-5], [100, 10, 5.4497019829205215e-17], [200, 150, 0.003973185970821635],
  ])('χ² = %s, df %s → p = %s', (x, df, p) => {
    closeRel(chiSquareSurvival(x, df), p, 1e-11);
  });
  it('agrees with the closed forms for df 1 and df 2', () => {
    for (const x of [0.1, 1, 4, 9, 25]) {
      closeRel(chiSquareSurvival(x, 1), 2 * normalCdf(-Math.sqrt(x)), 1e-8);
      closeRel(chiSquareSurvival(x, 2), Math.exp(-x / 2), 1e-12);
    }
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
});
