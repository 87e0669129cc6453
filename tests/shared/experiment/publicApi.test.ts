import { describe, expect, expectTypeOf, it } from 'vitest';
import * as analytics from '../../../shared/analytics/index.ts';
import type { ArmCounts, ExperimentResult, Verdict } from '../../../shared/stats/index.ts';
import * as stats from '../../../shared/stats/index.ts';
import type { StoredAssignment } from '../../../shared/experiment/index.ts';
import * as experiment from '../../../shared/experiment/index.ts';

describe('public API of shared/experiment, shared/stats and shared/analytics', () => {
  it('barrels export the functions by name', () => {
    expect(Object.keys(experiment).sort()).toEqual(['assignVariant', 'chooseVariation', 'fnv1a32', 'getBucketRanges', 'hashV2', 'inHoldout', 'stickyAssignment']);
    expect(Object.keys(analytics).sort()).toEqual([
      'SURVEY_RANGE', 'anchorMissingRates', 'checklistCompletion', 'experimentArms', 'flowFunnel', 'goalConversion', 'journeyFromCounts', 'journeyMap', 'resourceCenterUsage', 'selectEvents',
      'surveyResults', 'surveyScores', 'timeToMilestone',
    ]);
    expect(Object.values(stats).every((f) => typeof f === 'function')).toBe(true);
  });

  it('types connect: experimentArms feeds analyzeExperiment, assignments are typed', () => {
    expectTypeOf(analytics.experimentArms).returns.toEqualTypeOf<ArmCounts[]>();
    expectTypeOf(stats.analyzeExperiment).returns.toEqualTypeOf<ExperimentResult>();
    expectTypeOf<ExperimentResult['arms'][number]['vsControl']>().toExtend<{ verdict: Verdict } | null>();
    expectTypeOf(experiment.assignVariant).returns.toEqualTypeOf<string | null>();
    expectTypeOf(experiment.stickyAssignment).returns.toEqualTypeOf<StoredAssignment | null>();
    // @ts-expect-error an experiment needs a seed to be bucketed
    expectTypeOf(experiment.assignVariant).toBeCallableWith({ variants: [] }, 'u1');
  });
});
