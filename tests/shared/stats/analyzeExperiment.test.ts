import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';

describe('analyzeExperiment', () => {
  it('reports each arm against control, with the reference case a clear win', () => {
    const result = analyzeExperiment([
      { key: 'control', exposed: 1000, converted: 420, weight: 50 },
      { key: 'bar', exposed: 1000, converted: 570, weight: 50 },
    ], { method: 'fixed' });
    expect(result.control).toBe('control');
    const [control, bar] = result.arms;
    expect(control!.vsControl).toBeNull();
    expect(control!.rate.low).toBeCloseTo(0.38977268215878036, 12);
    expect(bar!.vsControl!.absoluteLift.estimate).toBeCloseTo(0.15, 12);
    expect(bar!.vsControl!.pValue).toBeLessThan(1e-10);
    expect(bar!.vsControl!.chanceToBeatControl).toBeGreaterThan(0.9999);
    expect(bar!.vsControl!.verdict).toBe('better');
    expect(result.sampleRatioMismatch.alert).toBe(false);
  });

  it('a worse arm, an inconclusive arm, and a named control that is not first', () => {
    const result = analyzeExperiment(
      [
        { key: 'tour', exposed: 500, converted: 150, weight: 1 },
        { key: 'control', exposed: 500, converted: 200, weight: 1 },
        { key: 'modal', exposed: 500, converted: 205, weight: 1 },
      ],
      { control: 'control' },
    );
    const verdicts = Object.fromEntries(result.arms.map((a) => [a.key, a.vsControl?.verdict ?? 'control']));
    expect(verdicts).toEqual({ tour: 'worse', control: 'control', modal: 'inconclusive' });
  });

  it('withholds verdicts below the minimum sample, even for a large observed lift', () => {
    const result = analyzeExperiment([
      { key: 'control', exposed: 60, converted: 12, weight: 1 },
      { key: 'bar', exposed: 60, converted: 40, weight: 1 },
    ]);
    expect(result.arms[1]!.vsControl!.fixed.pValue).toBeLessThan(0.001);
    expect(result.arms[1]!.vsControl!.sequential.pValue).toBeLessThan(0.01);
    expect(result.arms[1]!.vsControl!.recommendation).toBe('keep_running');
    expect(result.gate.ready).toBe(false);
    expect(result.arms[1]!.vsControl!.verdict).toBe('not_enough_data');
  });

  it('withholds verdicts while the split is mismatched', () => {
    const result = analyzeExperiment([
      { key: 'control', exposed: 1000, converted: 420, weight: 1 },
      { key: 'bar', exposed: 1200, converted: 680, weight: 1 },
    ]);
    expect(result.sampleRatioMismatch.chiSquare).toBeCloseTo(18.18, 2);
    expect(result.arms[1]!.vsControl!.verdict).toBe('sample_ratio_mismatch');
  });

  it('a 99% confidence level widens intervals and raises the bar', () => {
    const arms = [
      { key: 'control', exposed: 1000, converted: 300, weight: 1 },
      { key: 'bar', exposed: 1000, converted: 345, weight: 1 },
    ];
    const at95 = analyzeExperiment(arms, { method: 'fixed' }).arms[1]!;
    const at99 = analyzeExperiment(arms, { method: 'fixed', confidence: 0.99 }).arms[1]!;
    expect(at95.vsControl!.verdict).toBe('better'); // p ≈ 0.031
    expect(at99.vsControl!.verdict).toBe('inconclusive');
    expect(at99.rate.high - at99.rate.low).toBeGreaterThan(at95.rate.high - at95.rate.low);
  });

  it('names a missing control', () => {
    expect(() => analyzeExperiment([{ key: 'a', exposed: 1, converted: 0, weight: 1 }], { control: 'ctrl' })).toThrow(/no control arm "ctrl"/);
  });
});

describe('analyzeExperiment: which test applies', () => {
  const arms = (n: number, control: number, treatment: number) => [
    { key: 'control', exposed: n, converted: Math.round(n * control), weight: 1 },
    { key: 'bar', exposed: n, converted: Math.round(n * treatment), weight: 1 },
  ];

  it('sequential by default and while the plan is not reached; fixed-horizon from the planned sample on', () => {
    const live = analyzeExperiment(arms(150, 0.42, 0.57), { plannedUsersPerArm: 171 });
    expect(live.inference).toMatchObject({ method: 'sequential', planReached: false, plannedUsersPerArm: 171, tuningUsers: 342 });
    expect(live.arms[1]!.vsControl!.method).toBe('sequential');
    expect(live.arms[1]!.vsControl!.absoluteLift).toEqual(live.arms[1]!.vsControl!.sequential.absoluteLift);
    const done = analyzeExperiment(arms(171, 0.42, 0.57), { plannedUsersPerArm: 171 });
    expect(done.inference).toMatchObject({ method: 'fixed', planReached: true });
    expect(done.arms[1]!.vsControl!.pValue).toBe(done.arms[1]!.vsControl!.fixed.pValue);
    expect(analyzeExperiment(arms(5000, 0.42, 0.57)).inference).toMatchObject({ method: 'sequential', plannedUsersPerArm: null, planReached: false, tuningUsers: 2000 });
    expect(analyzeExperiment(arms(150, 0.42, 0.57), { method: 'fixed' }).inference.method).toBe('fixed');
    expect(analyzeExperiment(arms(500, 0.42, 0.57), { method: 'sequential', plannedUsersPerArm: 171 }).inference.method).toBe('sequential');
  });

  it('a difference the fixed test would call after 150 users is not yet called by the sequential test: keep running', () => {
    const result = analyzeExperiment(arms(150, 0.42, 0.54), { plannedUsersPerArm: 400 });
    const vs = result.arms[1]!.vsControl!;
    expect(vs.fixed.pValue).toBeLessThan(0.05);
    expect(vs.sequential.pValue).toBeGreaterThan(0.05);
    expect(vs.verdict).toBe('inconclusive');
    expect(vs.recommendation).toBe('keep_running');
    // At the plan without a difference: no difference, stop.
    const flat = analyzeExperiment(arms(400, 0.42, 0.43), { plannedUsersPerArm: 400 }).arms[1]!.vsControl!;
    expect([flat.verdict, flat.recommendation]).toEqual(['inconclusive', 'no_difference']);
  });

  it('rejects a plan that is not a positive number', () => {
    expect(() => analyzeExperiment(arms(10, 0.5, 0.5), { plannedUsersPerArm: 0 })).toThrow(/plannedUsersPerArm must be a positive number/);
  });
});

describe('analyzeExperiment: guardrails', () => {
  const arms = [
    { key: 'control', exposed: 1000, converted: 420, weight: 1 },
    { key: 'bar', exposed: 1000, converted: 570, weight: 1 },
  ];

  it('a winner that raises the dismissal rate is to be reviewed, not shipped; harmless guardrails let it ship', () => {
    const result = analyzeExperiment(arms, {
      method: 'fixed',
      guardrails: [
        { key: 'dismissal-rate', name: 'Dismissal rate', kind: 'rate', harmful: 'increase', arms: { control: { exposed: 1000, converted: 100 }, bar: { exposed: 1000, converted: 180 } } },
        { key: 'teammate-invited', name: 'Teammate invited', kind: 'rate', harmful: 'decrease', arms: { control: { exposed: 1000, converted: 300 }, bar: { exposed: 1000, converted: 310 } } },
      ],
    });
    const vs = result.arms[1]!.vsControl!;
    expect(vs.verdict).toBe('better');
    expect(vs.recommendation).toBe('review');
    expect(vs.guardrails.map((g) => [g.key, g.status])).toEqual([['dismissal-rate', 'harmed'], ['teammate-invited', 'not_harmed']]);
    expect(vs.guardrails[0]!.comparison.absoluteLift.estimate).toBeCloseTo(0.08, 12);
    const fine = analyzeExperiment(arms, { method: 'fixed', guardrails: [{ key: 'teammate-invited', kind: 'rate', harmful: 'decrease', arms: { control: { exposed: 1000, converted: 300 }, bar: { exposed: 1000, converted: 310 } } }] });
    expect(fine.arms[1]!.vsControl!.recommendation).toBe('ship');
    expect(fine.arms[1]!.vsControl!.guardrails[0]!.name).toBe('teammate-invited');
  });

  it('time to goal as a mean: slower is harm once it is beyond the tolerance', () => {
    // Hours to the goal among converters: control mean 20 h (sd 10), treatment 26 h (sd 10).
    const hours = (n: number, mean: number, sd: number) => ({ n, sum: n * mean, sumSquares: n * (sd * sd + mean * mean) });
    const guardrail = { key: 'time-to-goal', name: 'Time to integration connected', kind: 'mean' as const, harmful: 'increase' as const, arms: { control: hours(420, 20, 10), bar: hours(570, 26, 10) } };
    const harmed = analyzeExperiment(arms, { method: 'fixed', guardrails: [guardrail] }).arms[1]!.vsControl!.guardrails[0]!;
    expect(harmed.status).toBe('harmed');
    expect(harmed.comparison.absoluteLift.estimate).toBeCloseTo(6, 10);
    expect(harmed.comparison.standardError).toBeCloseTo(Math.sqrt(100 / 420 + 100 / 570), 10);
    const tolerated = analyzeExperiment(arms, { method: 'fixed', guardrails: [{ ...guardrail, tolerance: 6 }] }).arms[1]!.vsControl!.guardrails[0]!;
    expect(tolerated.status).toBe('not_harmed');
  });

  it('too few users in a guardrail arm: not judged', () => {
    const result = analyzeExperiment(arms, { guardrails: [{ key: 'dismissal-rate', kind: 'rate', harmful: 'increase', arms: { control: { exposed: 40, converted: 2 }, bar: { exposed: 40, converted: 30 } } }] });
    expect(result.arms[1]!.vsControl!.guardrails[0]!.status).toBe('not_enough_data');
  });
});
