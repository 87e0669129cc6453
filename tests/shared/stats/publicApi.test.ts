import { describe, expect, expectTypeOf, it } from 'vitest';
import * as stats from '../../../shared/stats/index.ts';
import type { AnalyzeOptions, ExperimentHeadline, ExperimentResult, InferenceMethod, Recommendation, Verdict } from '../../../shared/stats/index.ts';

describe('public API of shared/stats', () => {
  it('the barrel names what the server and the dashboard call', () => {
    for (const name of ['analyzeExperiment', 'analyzeHoldout', 'experimentHeadline', 'holdoutHeadline', 'formatComparison', 'formatShare', 'formatUsers', 'formatDays', 'usersStillNeeded', 'cupedEstimates', 'evaluateGuardrail', 'compareEstimates', 'compareProportions'] as const) {
      expect(typeof stats[name]).toBe('function');
    }
  });

  it('types: verdicts are as before, the method and the recommendation are typed, options are checked', () => {
    expectTypeOf<Verdict>().toEqualTypeOf<'not_enough_data' | 'sample_ratio_mismatch' | 'better' | 'worse' | 'inconclusive'>();
    expectTypeOf<ExperimentResult['inference']['method']>().toEqualTypeOf<InferenceMethod>();
    expectTypeOf<NonNullable<ExperimentResult['arms'][number]['vsControl']>['recommendation']>().toEqualTypeOf<Recommendation>();
    expectTypeOf(stats.experimentHeadline).returns.toEqualTypeOf<ExperimentHeadline>();
    expectTypeOf<{ method: 'auto'; plannedUsersPerArm: 171 }>().toExtend<AnalyzeOptions>();
    // @ts-expect-error there is no "bayesian" method
    expectTypeOf<{ method: 'bayesian' }>().toExtend<AnalyzeOptions>();
    // @ts-expect-error a guardrail says which way is harm
    stats.evaluateGuardrail({ key: 'dismissal-rate', kind: 'rate', arms: {} }, 'control', 'bar');
  });
});
