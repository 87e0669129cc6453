import { describe, expect, it } from 'vitest';
import { peekingSimulation } from '../../../scripts/simulation/peekingSimulation.ts';
import { sampleSizePerArm } from '../../../shared/stats/sampleSizePerArm.ts';

// Fewer experiments than `npm run simulate:peeking` (2,000 × 28 days), so CI stays fast; seeded, so deterministic.
const EXPERIMENTS = 600;
const DAILY = Array.from({ length: 28 }, (_, day) => 50 * (day + 1));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('peeking every day (seeded simulation)', () => {
  it('A/A at 42%, 50 users per arm a day, read daily for 28 days: the fixed test finds a difference in about one run in four, the sequential test in under 5%', () => {
    const { policies } = peekingSimulation({
      experiments: EXPERIMENTS,
      looks: DAILY,
      rates: { control: 0.42, treatment: 0.42 },
      seed: 2817,
      policies: [
        { name: 'fixed, daily', method: 'fixed' },
        { name: 'fixed, day 28 only', method: 'fixed', finalLookOnly: true },
        { name: 'sequential, daily', method: 'sequential' },
        { name: 'sequential then fixed at the plan (day 28)', method: 'auto' },
        { name: 'sequential + CUPED, daily', method: 'sequential', cuped: true },
      ],
    });
    const [fixedDaily, fixedOnce, sequential, auto, sequentialCuped] = policies.map((p) => p.anyLook);
    console.info(`A/A any day significant over 28 daily looks (${EXPERIMENTS} runs): ${policies.map((p) => `${p.name} ${pct(p.anyLook)}`).join(', ')}`);
    expect(fixedDaily).toBeGreaterThan(0.18);
    expect(fixedOnce).toBeGreaterThan(0.025);
    expect(fixedOnce).toBeLessThan(0.08);
    expect(sequential).toBeLessThanOrEqual(0.05);
    expect(sequentialCuped).toBeLessThanOrEqual(0.05);
    // The planned fixed read at the end adds its own α to the few sequential stops before it.
    expect(auto).toBeLessThan(0.09);
    expect(auto).toBeLessThan(fixedDaily! / 2);
  });

  it('42% → 57% at the planned 171 per arm: power of the fixed test, the sequential test, and sequential-then-fixed', () => {
    const planned = sampleSizePerArm(0.42, 0.57);
    const { policies } = peekingSimulation({
      experiments: 1000,
      looks: [50, 100, 150, planned],
      rates: { control: 0.42, treatment: 0.57 },
      seed: 4257,
      policies: [
        { name: 'fixed at the plan', method: 'fixed', finalLookOnly: true },
        { name: 'sequential, daily to the plan', method: 'sequential' },
        { name: 'sequential then fixed at the plan', method: 'auto' },
      ],
    });
    const [fixed, sequential, auto] = policies;
    console.info(`Power at ${planned}/arm: ${policies.map((p) => `${p.name} ${pct(p.anyLook)}`).join(', ')}`);
    expect(fixed!.anyLook).toBeGreaterThan(0.74);
    expect(fixed!.anyLook).toBeLessThan(0.86);
    expect(sequential!.anyLook).toBeLessThan(fixed!.anyLook - 0.15); // the price of looking every day
    expect(sequential!.anyLook).toBeGreaterThan(0.3);
    expect(auto!.anyLook).toBeGreaterThanOrEqual(fixed!.anyLook - 0.01);
    expect(policies.every((p) => p.anyLookBetter === p.anyLook)).toBe(true); // never the wrong way
  });

  it('CUPED with pre-period activity narrows the interval and keeps A/A at its level', () => {
    const aa = peekingSimulation({
      experiments: 1500,
      looks: [300],
      rates: { control: 0.42, treatment: 0.42 },
      seed: 3117,
      policies: [
        { name: 'fixed', method: 'fixed' },
        { name: 'fixed + CUPED', method: 'fixed', cuped: true },
      ],
    });
    const [plain, cuped] = aa.policies;
    const reduction = 1 - cuped!.meanWidth / plain!.meanWidth;
    console.info(`CUPED at 300/arm (1,500 A/A runs): correlation ${aa.covariateCorrelation.toFixed(2)}, interval ${pct(reduction)} narrower; A/A ${pct(plain!.anyLook)} plain, ${pct(cuped!.anyLook)} with CUPED`);
    expect(aa.covariateCorrelation).toBeGreaterThan(0.4);
    expect(reduction).toBeGreaterThan(0.1);
    // 5% ± 4.5 standard errors of 1,500 runs.
    expect(cuped!.anyLook).toBeGreaterThan(0.025);
    expect(cuped!.anyLook).toBeLessThan(0.075);
    // Without a real covariate there is nothing to remove, and nothing is lost.
    const unrelated = peekingSimulation({ experiments: 100, looks: [500], rates: { control: 0.42, treatment: 0.42 }, seed: 5, covariateStrength: 0, policies: [
      { name: 'fixed', method: 'fixed' },
      { name: 'fixed + CUPED', method: 'fixed', cuped: true },
    ] });
    expect(Math.abs(unrelated.policies[1]!.meanWidth / unrelated.policies[0]!.meanWidth - 1)).toBeLessThan(0.01);
  });
});
