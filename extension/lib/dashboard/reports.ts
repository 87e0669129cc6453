import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { AnchorMissingRate } from '../../../shared/analytics/anchorMissingRates.ts';
import type { ChecklistCompletion } from '../../../shared/analytics/checklistCompletion.ts';
import type { FlowFunnel } from '../../../shared/analytics/flowFunnel.ts';
import type { GoalConversion } from '../../../shared/analytics/goalConversion.ts';
import type { JourneyMap } from '../../../shared/analytics/journeyMap.ts';
import type { SurveyResults } from '../../../shared/analytics/surveyResults.ts';
import type { HoldoutArms } from '../../../shared/analytics/holdoutArms.ts';
import type { Experiment, Holdout } from '../../../shared/schema/experiment.ts';
import type { JourneyStage } from '../../../shared/schema/primitives.ts';
import type { ArmCounts, ExperimentResult } from '../../../shared/stats/analyzeExperiment.ts';
import type { TrendDay } from '../../../shared/stats/experimentTrend.ts';
import type { FlowDay } from '../../../shared/analytics/flowDaily.ts';
import type { JourneyDaily } from '../../../shared/analytics/journeyDaily.ts';
import type { ArmsBySegment } from '../../../shared/analytics/experimentBreakdown.ts';
import type { FlowSegment } from '../../../shared/analytics/flowBreakdown.ts';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';

/** The answers of the server's analytics API (docs/server-api.md, Analytics). */
export interface ReleaseRef {
  version: number;
  env: string | null;
}

export interface FlowSummary {
  id: string;
  name: string;
  kind: string | null;
  version: number | null;
  journeyStage: JourneyStage | null;
  goal: string | null;
  steps: string[];
  checklistItems: string[];
  surveySteps: string[];
  inRelease: boolean;
  started: number;
  completed: number;
  dismissed: number;
  completionRate: number;
}

export interface FlowsReport {
  release: ReleaseRef;
  flows: FlowSummary[];
  milestones: Array<{ id: string; name: string; stage: JourneyStage }>;
}

export interface ExperimentReport {
  experiment: Experiment;
  arms: ArmCounts[];
  result: ExperimentResult;
  /** Users exposed per day over the last whole days (all arms), for "about N days at today's traffic"; null before a whole day. */
  exposuresPerDay: number | null;
  /** The arms day by day, with the cumulative lift's sequential interval. */
  daily: TrendDay[];
}

export interface ExperimentsReport {
  release: ReleaseRef;
  experiments: ExperimentReport[];
}

export interface HoldoutReport {
  release: ReleaseRef;
  /** The release's holdout, or null when it has none (then no comparison either). */
  holdout: Holdout | null;
  goal: string;
  windowDays: number | null;
  arms: HoldoutArms;
  /** Arms `holdout` (the control) and `onboarding`. */
  result: ExperimentResult | null;
}

export interface FunnelReport {
  release: ReleaseRef;
  filter: AnalyticsFilter;
  funnel: FlowFunnel;
}

export interface GoalReport {
  goal: string;
  windowDays: number | null;
  conversion: GoalConversion;
}

export interface ChecklistReport {
  checklist: ChecklistCompletion;
}

export interface AnchorsReport {
  steps: AnchorMissingRate[];
}

export interface JourneyReport {
  release: ReleaseRef;
  journey: JourneyMap;
}

export interface SurveysReport {
  surveys: SurveyResults & { commentsTotal: number };
}

export interface FlowDailyReport {
  days: FlowDay[];
}

export type JourneyDailyReport = JourneyDaily;

export interface ExperimentBreakdownReport {
  by: Breakdown;
  segments: Array<ArmsBySegment & { result: ExperimentResult }>;
}

export interface FlowBreakdownReport {
  by: Breakdown;
  segments: FlowSegment[];
}
