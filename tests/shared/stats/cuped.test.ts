import { describe, expect, it } from 'vitest';
import { analyzeExperiment, type PreExposureSums } from '../../../shared/stats/analyzeExperiment.ts';
import { cupedEstimates, type CovariateSums } from '../../../shared/stats/cupedEstimates.ts';
import { mulberry32 } from '../../../shared/stats/mulberry32.ts';

interface Person { x: number; y: number }

/** People whose conversion depends on their pre-period activity. */
function people(seed: number, n: number, rate: number): Person[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const x = Math.floor(random() * 10);
    return { x, y: random() < rate - 0.2 + 0.045 * x ? 1 : 0 };
  });
}

const sums = (group: readonly Person[]): CovariateSums => ({
  n: group.length,
  sumY: group.reduce((s, p) => s + p.y, 0),
  sumY2: group.reduce((s, p) => s + p.y * p.y, 0),
  sumX: group.reduce((s, p) => s + p.x, 0),
  sumX2: group.reduce((s, p) => s + p.x * p.x, 0),
  sumXY: group.reduce((s, p) => s + p.x * p.y, 0),
});

describe('cupedEstimates', () => {
  it('from sums equals the adjustment computed person by person', () => {
    const groups = [people(1, 700, 0.42), people(2, 650, 0.5)];
    const result = cupedEstimates(groups.map(sums));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const centred = groups.map((g) => ({ g, mx: mean(g.map((p) => p.x)), my: mean(g.map((p) => p.y)) }));
    const sxy = centred.reduce((s, { g, mx, my }) => s + g.reduce((t, p) => t + (p.x - mx) * (p.y - my), 0), 0);
    const sxx = centred.reduce((s, { g, mx }) => s + g.reduce((t, p) => t + (p.x - mx) ** 2, 0), 0);
    const theta = sxy / sxx;
    expect(result.theta).toBeCloseTo(theta, 12);
    const everyoneX = mean(groups.flat().map((p) => p.x));
    centred.forEach(({ g, mx, my }, i) => {
      const residuals = g.map((p) => p.y - my - theta * (p.x - mx));
      expect(result.arms[i]!.mean).toBeCloseTo(my - theta * (mx - everyoneX), 12);
      expect(result.arms[i]!.variance).toBeCloseTo(mean(residuals.map((r) => r * r)) / g.length, 14);
      expect(result.unadjusted[i]!.variance).toBeCloseTo((my * (1 - my)) / g.length, 14);
    });
    expect(result.correlation).toBeGreaterThan(0.2);
    expect(result.varianceReduction).toBeCloseTo(1 - (result.arms[0]!.variance + result.arms[1]!.variance) / (result.unadjusted[0]!.variance + result.unadjusted[1]!.variance), 12);
    expect(result.varianceReduction).toBeGreaterThan(0.05);
  });

  it('a covariate that does not vary changes nothing; one that is the outcome removes all variance', () => {
    const flat = cupedEstimates([{ n: 100, sumY: 40, sumY2: 40, sumX: 300, sumX2: 900, sumXY: 120 }, { n: 100, sumY: 50, sumY2: 50, sumX: 300, sumX2: 900, sumXY: 150 }]);
    expect(flat.theta).toBe(0);
    expect(flat.arms).toEqual(flat.unadjusted);
    expect(flat.arms[0]).toEqual({ n: 100, mean: 0.4, variance: (0.4 * 0.6) / 100 });
    const same = cupedEstimates([{ n: 100, sumY: 40, sumY2: 40, sumX: 40, sumX2: 40, sumXY: 40 }, { n: 100, sumY: 50, sumY2: 50, sumX: 50, sumX2: 50, sumXY: 50 }]);
    expect(same.theta).toBeCloseTo(1, 12);
    expect(same.varianceReduction).toBeCloseTo(1, 12);
  });

  it('rejects sums that are not numbers, naming the arm and field', () => {
    expect(() => cupedEstimates([{ n: 10, sumY: 1, sumY2: 1, sumX: NaN, sumX2: 0, sumXY: 0 }])).toThrow(/arms\[0\]\.sumX must be a finite number/);
    expect(() => cupedEstimates([{ n: -1, sumY: 0, sumY2: 0, sumX: 0, sumX2: 0, sumXY: 0 }])).toThrow(/arms\[0\]\.n must not be negative/);
  });
});

describe('analyzeExperiment with CUPED', () => {
  const control = people(3, 900, 0.42);
  const treatment = people(4, 900, 0.5);
  const arms = [
    { key: 'control', exposed: control.length, converted: sums(control).sumY, weight: 1 },
    { key: 'bar', exposed: treatment.length, converted: sums(treatment).sumY, weight: 1 },
  ];
  const pre = (g: Person[]): PreExposureSums => ({ sumX: sums(g).sumX, sumX2: sums(g).sumX2, sumXY: sums(g).sumXY });

  it('is off unless asked; on, it narrows the interval around the same kind of estimate', () => {
    const plain = analyzeExperiment(arms, { method: 'fixed' });
    const cuped = analyzeExperiment(arms, { method: 'fixed', cuped: { control: pre(control), bar: pre(treatment) } });
    expect(plain.inference.cuped).toBeNull();
    expect(cuped.inference.cuped!.varianceReduction).toBeGreaterThan(0.05);
    const width = (r: typeof plain) => r.arms[1]!.vsControl!.absoluteLift.high - r.arms[1]!.vsControl!.absoluteLift.low;
    expect(width(cuped)).toBeLessThan(width(plain));
    expect(width(cuped) / width(plain)).toBeCloseTo(Math.sqrt(1 - cuped.inference.cuped!.varianceReduction), 1);
    // Rates shown stay the raw ones; the compared means are the adjusted ones.
    expect(cuped.arms[0]!.rate).toEqual(plain.arms[0]!.rate);
    expect(cuped.arms[0]!.compared.mean).not.toBe(plain.arms[0]!.compared.mean);
  });

  it('needs sums for every arm', () => {
    expect(() => analyzeExperiment(arms, { cuped: { control: pre(control) } })).toThrow(/no pre-exposure sums for arm "bar"/);
  });
});
