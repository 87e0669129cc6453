import { callApi, type ApiConnection } from '../../../shared/api/callApi.ts';
import type { Environment } from '../../../shared/api/environment.ts';
import type { ProjectInfo } from '../../../shared/api/responses.ts';
import type { ReportQueryParams } from '../../../shared/api/reports.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import { breakdownParam } from './breakdownParam.ts';

export interface Connection {
  /** Server origin, e.g. `https://waymark.example.com`. */
  serverUrl: string;
  /** The project's secret key `wm_sk_…`. */
  secretKey: string;
}

/** What the PM narrows every report to. */
export interface DashboardFilter {
  from?: number;
  to?: number;
  env: Environment;
  /** `experimentKey` + `variant`, or none for every user. */
  variant?: { experiment: string; variant: string };
  /** A release to report on instead of the environment's published one (its flows at their versions). */
  release?: number;
  /** Only flow events of this flow version. */
  flowVersion?: number;
}

/** The report query of a dashboard filter. */
function reportQuery(filter: DashboardFilter): ReportQueryParams {
  return {
    env: filter.env,
    ...(filter.from !== undefined ? { from: filter.from } : {}),
    ...(filter.to !== undefined ? { to: filter.to } : {}),
    ...(filter.release !== undefined ? { release: filter.release } : {}),
    ...(filter.flowVersion !== undefined ? { flowVersion: filter.flowVersion } : {}),
    ...(filter.variant ? { experiment: filter.variant.experiment, variant: filter.variant.variant } : {}),
  };
}

/** The part of a filter that experiment reports (first exposures) take: environment, dates, release. */
function exposureFilter(filter: DashboardFilter): DashboardFilter {
  return { env: filter.env, ...(filter.from !== undefined ? { from: filter.from } : {}), ...(filter.to !== undefined ? { to: filter.to } : {}), ...(filter.release !== undefined ? { release: filter.release } : {}) };
}

/** The admin analytics API, called from the dashboard page with the secret key; a refusal throws an ApiRequestError. */
export class AnalyticsClient {
  private readonly server: ApiConnection;

  constructor(connection: Connection) {
    this.server = { baseUrl: connection.serverUrl, secretKey: connection.secretKey };
  }

  /** Checks the URL and key: the project they open. */
  project(): Promise<ProjectInfo> {
    return callApi(this.server, 'getProject', {});
  }

  /** A release's bundle: where the reports' ids get their names. */
  release(version: number): Promise<Bundle> {
    return callApi(this.server, 'getRelease', { params: { version } });
  }

  flows = (filter: DashboardFilter) => callApi(this.server, 'flowsReport', { query: reportQuery(filter) });
  experiments = (filter: DashboardFilter) => callApi(this.server, 'experimentsReport', { query: reportQuery(filter) });
  /** Like experiments, the holdout is by first exposure: the variant filter does not apply. */
  holdout = (filter: DashboardFilter) => callApi(this.server, 'holdoutReport', { query: reportQuery(exposureFilter(filter)) });
  funnel = (flowId: string, filter: DashboardFilter) => callApi(this.server, 'funnelReport', { params: { flowId }, query: reportQuery(filter) });
  goal = (flowId: string, filter: DashboardFilter) => callApi(this.server, 'goalReport', { params: { flowId }, query: reportQuery(filter) });
  checklist = (flowId: string, filter: DashboardFilter) => callApi(this.server, 'checklistReport', { params: { flowId }, query: reportQuery(filter) });
  anchors = (flowId: string, filter: DashboardFilter) => callApi(this.server, 'anchorsReport', { params: { flowId }, query: reportQuery(filter) });
  flowDaily = (flowId: string, filter: DashboardFilter) => callApi(this.server, 'flowDailyReport', { params: { flowId }, query: reportQuery(filter) });
  flowBreakdown = (flowId: string, by: Breakdown, filter: DashboardFilter) => callApi(this.server, 'flowBreakdownReport', { params: { flowId }, query: { ...reportQuery(filter), by: breakdownParam(by) } });
  journeyDaily = (filter: DashboardFilter) => callApi(this.server, 'journeyDailyReport', { query: reportQuery(filter) });
  /** By first exposure, like the experiments: the variant and flow-version filters do not apply. */
  experimentBreakdown = (key: string, by: Breakdown, filter: DashboardFilter) => callApi(this.server, 'experimentBreakdownReport', { params: { key }, query: { ...reportQuery(exposureFilter(filter)), by: breakdownParam(by) } });
  journey = (filter: DashboardFilter) => callApi(this.server, 'journeyReport', { query: reportQuery(filter) });
  surveys = (filter: DashboardFilter, flowId?: string) => callApi(this.server, 'surveysReport', { query: { ...reportQuery(filter), ...(flowId ? { flowId } : {}) } });
  resourceCenter = (filter: DashboardFilter) => callApi(this.server, 'resourceCenterReport', { query: reportQuery(filter) });
}
