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
