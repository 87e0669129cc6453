/** The answers of the server's analytics API, as the dashboard's sections name them: the contract's own types (shared/api/reports.ts). */
export type {
  AnchorsReport,
  ChecklistReport,
  ExperimentReport,
  ExperimentsReport,
  FlowSummary,
  FlowsReport,
  FunnelReport,
  GoalReport,
  HoldoutReport,
  JourneyReport,
  ReleaseRef,
  ResourceCenterReport,
  SurveysReport,
} from '../../../shared/api/reports.ts';
