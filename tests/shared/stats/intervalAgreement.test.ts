import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { analyzeHoldout } from '../../../shared/stats/analyzeHoldout.ts';
import type { Estimate } from '../../../shared/stats/Estimate.ts';

const excludesZero = (e: Estimate) => e.low > 0 || e.high < 0;
const side = (e: Estimate) => (e.low > 0 ? 1 : e.high < 0 ? -1 : 0);

/** Counts of one arm: 1..5000 users, any number of them converted. */
const arm = fc.integer({ min: 1, max: 5000 }).chain((exposed) => fc.record({ exposed: fc.constant(exposed), converted: fc.integer({ min: 0, max: exposed }) }));

describe('one comparison, one answer: absolute and relative intervals and the verdict agree', () => {
  it('the holdout case: an absolute interval above zero comes with a relative interval above zero', () => {
    // 58 of 150 held out (38.7%) against 659 of 1,350 onboarded (48.8%): the delta-method relative
    // interval used to reach −0.1% while the absolute one started at +1.9 pts under "Onboarding helps".
    const result = analyzeHoldout({ holdout: { exposed: 150, converted: 58 }, onboarding: { exposed: 1350, converted: 659 } }, 0.1, { method: 'fixed' });
    const vs = result.arms[1]!.vsControl!;
    expect(vs.verdict).toBe('better');
    expect(vs.absoluteLift.low).toBeGreaterThan(0);
    expect(vs.relativeLift!.low).toBeGreaterThan(0);
    expect(vs.pValue).toBeLessThan(0.05);
  });

  it.each(['fixed', 'sequential'] as const)('%s: for any counts, both intervals exclude zero on the same side exactly when p < α and the verdict is better or worse', (method) => {
    fc.assert(
      fc.property(arm, arm, fc.constantFrom(0.9, 0.95, 0.99), (control, treatment, confidence) => {
        const result = analyzeExperiment(
          [
            { key: 'control', ...control, weight: control.exposed },
            { key: 'treatment', ...treatment, weight: treatment.exposed },
          ],
          { method, confidence, gate: { minExposedPerArm: 0, minOutcomesPerArm: 0 } },
        );
        const vs = result.arms[1]!.vsControl!;
        const significant = vs.pValue < 1 - confidence;
        expect(excludesZero(vs.absoluteLift)).toBe(significant);
        if (vs.relativeLift) {
          expect(side(vs.relativeLift)).toBe(side(vs.absoluteLift));
          expect(vs.relativeLift.low).toBeLessThanOrEqual(vs.relativeLift.estimate);
          expect(vs.relativeLift.high).toBeGreaterThanOrEqual(vs.relativeLift.estimate);
        }
        expect(vs.verdict).toBe(significant ? (vs.absoluteLift.estimate > 0 ? 'better' : 'worse') : 'inconclusive');
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('the holdout keeps the agreement for any counts and share', () => {
    fc.assert(
      fc.property(arm, arm, fc.double({ min: 0.01, max: 0.5, noNaN: true }), (holdout, onboarding, share) => {
        const vs = analyzeHoldout({ holdout, onboarding }, share, { gate: { minExposedPerArm: 0, minOutcomesPerArm: 0 }, srm: { threshold: 0 } }).arms[1]!.vsControl!;
        if (vs.relativeLift) expect(side(vs.relativeLift)).toBe(side(vs.absoluteLift));
        expect(['better', 'worse'].includes(vs.verdict)).toBe(excludesZero(vs.absoluteLift));
      }),
      { numRuns: 2000, seed: 1717 },
    );
  });
});
