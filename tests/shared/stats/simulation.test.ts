import { describe, expect, it } from 'vitest';
import { analyzeExperiment, type ArmCounts } from '../../../shared/stats/analyzeExperiment.ts';
import { mulberry32 } from '../../../shared/stats/mulberry32.ts';
import { sampleSizePerArm } from '../../../shared/stats/sampleSizePerArm.ts';

const EXPERIMENTS = 2000;

/** Converted users among `n`, each converting with probability `rate`. */
function convert(random: () => number, n: number, rate: number): number {
  let converted = 0;
  for (let i = 0; i < n; i++) if (random() < rate) converted++;
  return converted;
}

describe('simulated experiments read once (seeded, deterministic)', () => {
  it('A/A: 2,000 experiments at 42% with a random 50/50 split give a 4–6% false-positive rate and almost no SRM alerts', () => {
    const random = mulberry32(20240607);
    let significant = 0;
    let verySignificant = 0;
    let srmAlerts = 0;
    for (let e = 0; e < EXPERIMENTS; e++) {
      const users = 2000;
      let control = 0;
      for (let u = 0; u < users; u++) if (random() < 0.5) control++;
      const arms: ArmCounts[] = [
        { key: 'control', exposed: control, converted: convert(random, control, 0.42), weight: 1 },
        { key: 'flow', exposed: users - control, converted: convert(random, users - control, 0.42), weight: 1 },
      ];
      const result = analyzeExperiment(arms, { method: 'fixed' });
      const { pValue } = result.arms[1]!.vsControl!;
      if (pValue < 0.05) significant++;
      if (pValue < 0.01) verySignificant++;
      if (result.sampleRatioMismatch.alert) srmAlerts++;
    }
    const falsePositiveRate = significant / EXPERIMENTS;
    console.info(`A/A: false-positive rate ${(100 * falsePositiveRate).toFixed(2)}% at α 0.05, ${(100 * verySignificant / EXPERIMENTS).toFixed(2)}% at 0.01, SRM alerts ${srmAlerts}/${EXPERIMENTS}`);
    expect(falsePositiveRate).toBeGreaterThanOrEqual(0.04);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.06);
    expect(verySignificant / EXPERIMENTS).toBeLessThan(0.02);
    expect(srmAlerts / EXPERIMENTS).toBeLessThan(0.005);
  });

  it('reference case 42% → 57% at the planned sample size is detected ~80% of the time, with honest intervals', () => {
    const perArm = sampleSizePerArm(0.42, 0.57);
    expect(perArm).toBe(171);
    const random = mulberry32(42);
    let detected = 0;
    let wrongWay = 0;
    const covered = { rate: 0, absolute: 0, relative: 0 };
    for (let e = 0; e < EXPERIMENTS; e++) {
      const result = analyzeExperiment([
        { key: 'control', exposed: perArm, converted: convert(random, perArm, 0.42), weight: 1 },
        { key: 'bar-checklist-tour', exposed: perArm, converted: convert(random, perArm, 0.57), weight: 1 },
      ], { plannedUsersPerArm: perArm });
      const [control, treatment] = result.arms;
      const vs = treatment!.vsControl!;
      expect(vs.method).toBe('fixed'); // the plan is reached: the fixed-horizon test applies
      if (vs.verdict === 'better') detected++;
      if (vs.verdict === 'worse') wrongWay++;
      if (control!.rate.low <= 0.42 && 0.42 <= control!.rate.high) covered.rate++;
      if (vs.absoluteLift.low <= 0.15 && 0.15 <= vs.absoluteLift.high) covered.absolute++;
      if (vs.relativeLift!.low <= 0.57 / 0.42 - 1 && 0.57 / 0.42 - 1 <= vs.relativeLift!.high) covered.relative++;
    }
    const power = detected / EXPERIMENTS;
    console.info(
      `Power at ${perArm}/arm: ${(100 * power).toFixed(2)}%; 95% interval coverage: rate ${(100 * covered.rate / EXPERIMENTS).toFixed(1)}%, ` +
        `absolute lift ${(100 * covered.absolute / EXPERIMENTS).toFixed(1)}%, relative lift ${(100 * covered.relative / EXPERIMENTS).toFixed(1)}%`,
    );
    expect(power).toBeGreaterThanOrEqual(0.77);
    expect(power).toBeLessThanOrEqual(0.84);
    expect(wrongWay).toBe(0);
    for (const c of Object.values(covered)) {
      expect(c / EXPERIMENTS).toBeGreaterThan(0.93);
      expect(c / EXPERIMENTS).toBeLessThan(0.97);
    }
  });
});
