import type { Bundle } from '../schema/bundle.ts';
import type { EventBatch } from '../schema/eventBatch.ts';
import type { Flow } from '../schema/flow.ts';
import type { UserState } from '../schema/userState.ts';
import type { Environment } from './environment.ts';
import type { AnchorHealthSettings, NewWebhookEndpoint, PublishRequest, RollbackRequest, RotateIdentitySecretRequest } from './requests.ts';
import type {
  AnchorHealth,
  CreatedWebhookEndpoint,
  EventPage,
  IdentitySecretRotation,
  IngestResult,
  ProjectInfo,
  PublishResponse,
  ReleaseList,
  RollbackResponse,
  SecretKeyRotation,
  WebhookDelivery,
  WebhookEndpoint,
} from './responses.ts';
import type {
  AnchorsReport,
  BreakdownParams,
  ChecklistReport,
  ExperimentBreakdownReport,
  FlowBreakdownReport,
  FlowDailyReport,
  JourneyDailyReport,
  ExperimentsReport,
  FlowsReport,
  FunnelReport,
  GoalParams,
  GoalReport,
  HoldoutReport,
  JourneyReport,
  MilestoneTimeReport,
  ReportQueryParams,
  SingleExperimentReport,
  ResourceCenterReport,
  SurveysReport,
} from './reports.ts';
import type { RouteName } from './routes.ts';

/**
 * What each route of routes.ts takes and answers: `query` (the query string's parameters),
 * `body` (the JSON request body), `response` (the JSON answer of a 2xx; null for a 204).
 * `raw` marks a route whose handler writes its own response (headers, a 304).
 */
export interface ApiContract {
  getBundle: { query: { env?: Environment }; response: Bundle; raw: true };
  postEvents: { query: { env?: Environment }; body: EventBatch; response: IngestResult };
  getUserState: { query: { userHash?: string }; response: UserState };
  putUserState: { query: { userHash?: string }; body: UserState; response: UserState };

  getProject: { response: ProjectInfo };
  rotateSecretKey: { response: SecretKeyRotation };
  rotateIdentitySecret: { body?: RotateIdentitySecretRequest; response: IdentitySecretRotation };
  getDraft: { response: Bundle };
  putDraft: { body: Bundle; response: Bundle };
  putDraftFlow: { body: Flow; response: Flow };
  deleteDraftFlow: { response: null };
  publishRelease: { body: PublishRequest; response: PublishResponse };
  listReleases: { response: ReleaseList };
  getRelease: { response: Bundle };
  rollbackEnvironment: { body: RollbackRequest; response: RollbackResponse };
  listEvents: { query: { since?: number; limit?: number; cursor?: string }; response: EventPage };

  flowsReport: { query: ReportQueryParams; response: FlowsReport };
  funnelReport: { query: ReportQueryParams; response: FunnelReport };
  goalReport: { query: ReportQueryParams & GoalParams; response: GoalReport };
  checklistReport: { query: ReportQueryParams; response: ChecklistReport };
  anchorsReport: { query: ReportQueryParams; response: AnchorsReport };
  surveysReport: { query: ReportQueryParams & { flowId?: string; stepId?: string }; response: SurveysReport };
  resourceCenterReport: { query: ReportQueryParams; response: ResourceCenterReport };
  milestoneTimeReport: { query: ReportQueryParams & { since?: string }; response: MilestoneTimeReport };
  journeyReport: { query: ReportQueryParams; response: JourneyReport };
  experimentsReport: { query: ReportQueryParams; response: ExperimentsReport };
  experimentReport: { query: ReportQueryParams; response: SingleExperimentReport };
  holdoutReport: { query: ReportQueryParams & GoalParams; response: HoldoutReport };
  flowDailyReport: { query: ReportQueryParams; response: FlowDailyReport };
  flowBreakdownReport: { query: ReportQueryParams & BreakdownParams; response: FlowBreakdownReport };
  journeyDailyReport: { query: ReportQueryParams; response: JourneyDailyReport };
  experimentBreakdownReport: { query: ReportQueryParams & BreakdownParams; response: ExperimentBreakdownReport };

  listWebhooks: { response: { endpoints: WebhookEndpoint[] } };
  createWebhook: { body: NewWebhookEndpoint; response: CreatedWebhookEndpoint };
  deleteWebhook: { response: null };
  listWebhookDeliveries: { query: { limit?: number }; response: { deliveries: WebhookDelivery[] } };
  getAnchorHealth: { response: AnchorHealth };
  putAnchorHealthSettings: { body: AnchorHealthSettings; response: AnchorHealthSettings };
}

/** The JSON a route answers with on success. */
export type ResponseOf<N extends RouteName> = ApiContract[N]['response'];
/** The JSON body a route takes (undefined: none). */
export type BodyOf<N extends RouteName> = ApiContract[N] extends { body?: infer B } ? B : undefined;
/** The query-string parameters a route reads. */
export type QueryOf<N extends RouteName> = ApiContract[N] extends { query: infer Q } ? Q : Record<string, never>;
