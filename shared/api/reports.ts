import type { AnalyticsFilter } from '../analytics/AnalyticsFilter.ts';
import type { AnchorMissingRate } from '../analytics/anchorMissingRates.ts';
import type { ChecklistCompletion } from '../analytics/checklistCompletion.ts';
import type { FlowFunnel } from '../analytics/flowFunnel.ts';
import type { GoalConversion } from '../analytics/goalConversion.ts';
import type { HoldoutArms } from '../analytics/holdoutArms.ts';
import type { JourneyMap } from '../analytics/journeyMap.ts';
import type { SurveyResults } from '../analytics/surveyResults.ts';
import type { ResourceCenterUsage } from '../analytics/resourceCenterUsage.ts';
import type { TimeToMilestone } from '../analytics/timeToMilestone.ts';
import type { Experiment, Holdout } from '../schema/experiment.ts';
import type { JourneyStage } from '../schema/primitives.ts';
import type { ArmCounts, ExperimentResult } from '../stats/analyzeExperiment.ts';
import type { TrendDay } from '../stats/experimentTrend.ts';
import type { FlowDay } from '../analytics/flowDaily.ts';
import type { JourneyDaily } from '../analytics/journeyDaily.ts';
import type { ArmsBySegment } from '../analytics/experimentBreakdown.ts';
import type { FlowSegment } from '../analytics/flowBreakdown.ts';
import type { Breakdown } from '../analytics/segmentOf.ts';
import type { Environment } from './environment.ts';

/** The query every analytics report takes (docs/server-api.md, Analytics); numbers are epoch ms or versions. */
export interface ReportQueryParams {
  env?: Environment;
  from?: number;
  to?: number;
  flowVersion?: number;
  /** A release to take the definitions from instead of the environment's (and to narrow flow events to its flow versions). */
  release?: number;
  /** With `variant`: only users first exposed to this variant of this experiment. */
  experiment?: string;
  variant?: string;
  /** `only`: events of users proven by their identity hash. Default `all`. */
  verified?: 'only' | 'all';
}

/** A goal other than the flow's or the running experiment's, and its window in days. */
export interface GoalParams {
  goal?: string;
  windowDays?: number;
}

/** The release a report's definitions come from, and the environment it is published to (null for an explicit `release`). */
export interface ReleaseRef {
  version: number;
  env: Environment | null;
}

/** What experiment reports are narrowed to: first exposures, so flow-version and variant filters do not apply. */
export interface ExposureFilter {
  env: Environment;
  from?: number;
  to?: number;
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
  /** False for a flow that has events but is not in the report's release. */
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

/** A report on one flow, or one view over the project: the release, the filter as applied, and what is counted. */
interface Scoped {
  release: ReleaseRef;
  filter: AnalyticsFilter;
}

export interface FunnelReport extends Scoped {
  funnel: FlowFunnel;
}

export interface GoalReport extends Scoped {
  goal: string;
  windowDays: number | null;
  conversion: GoalConversion;
}

export interface ChecklistReport extends Scoped {
  checklist: ChecklistCompletion;
}

export interface AnchorsReport extends Scoped {
  steps: AnchorMissingRate[];
}

export interface SurveysReport extends Scoped {
  surveys: SurveyResults & { commentsTotal: number };
}

export interface ResourceCenterReport extends Scoped {
  /** The release's resource centers. */
  resourceCenters: Array<{ id: string; name: string }>;
  /** What the counts are keyed by, named as in the release: items (by item id), sections, flows. */
  names: { items: Record<string, string>; sections: Record<string, string>; flows: Record<string, string> };
  usage: ResourceCenterUsage;
}

export interface MilestoneTimeReport extends Scoped {
  milestone: string;
  /** The milestone the clock starts at, or null for the user's first event. */
  since: string | null;
  time: TimeToMilestone;
}

export interface JourneyReport extends Scoped {
  journey: JourneyMap;
}

export interface ExperimentReport {
  experiment: Experiment;
  arms: ArmCounts[];
  result: ExperimentResult;
  /** Users exposed per day over the last whole days (all arms), for "about N days at today's traffic"; null before a whole day. */
  exposuresPerDay: number | null;
  /** The arms day by day, with the cumulative lift's sequential (always-valid) interval. */
  daily: TrendDay[];
}

/** `by=device`, `by=version` (flows) or `by=trait:<name>`. */
export interface BreakdownParams {
  by: string;
}

export interface FlowDailyReport extends Scoped {
  days: FlowDay[];
}

export interface JourneyDailyReport extends Scoped, JourneyDaily {}

export interface FlowBreakdownReport extends Scoped {
  by: Breakdown;
  segments: FlowSegment[];
}

export interface ExperimentBreakdownReport {
  release: ReleaseRef;
  filter: ExposureFilter;
  by: Breakdown;
  /** Each segment's arms, analysed on their own. */
  segments: Array<ArmsBySegment & { result: ExperimentResult }>;
}

export interface ExperimentsReport {
  release: ReleaseRef;
  filter: ExposureFilter;
  experiments: ExperimentReport[];
}

export interface SingleExperimentReport extends ExperimentReport {
  release: ReleaseRef;
  filter: ExposureFilter;
}

export interface HoldoutReport {
  release: ReleaseRef;
  filter: ExposureFilter;
  /** The release's holdout, or null when it has none (then no comparison either). */
  holdout: Holdout | null;
  goal: string;
  windowDays: number | null;
  arms: HoldoutArms;
  /** Arms `holdout` (the control) and `onboarding`. */
  result: ExperimentResult | null;
}
