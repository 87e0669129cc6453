/** The answers of the server's analytics API, as the dashboard's sections name them: the contract's own types (shared/api/reports.ts). */
export type {
  AnchorsReport,
  ChecklistReport,
  ExperimentBreakdownReport,
  ExperimentReport,
  ExperimentsReport,
  FlowBreakdownReport,
  FlowDailyReport,
  FlowSummary,
  FlowsReport,
  FunnelReport,
  GoalReport,
  HoldoutReport,
  JourneyDailyReport,
  JourneyReport,
  ReleaseRef,
  SurveysReport,
} from '../../../shared/api/reports.ts';
