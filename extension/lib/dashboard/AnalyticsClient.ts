import { callApi, type ApiConnection } from '../../../shared/api/callApi.ts';
import type { QueryOf, ResponseOf } from '../../../shared/api/contract.ts';
import type { Environment } from '../../../shared/api/environment.ts';
import type { ProjectInfo } from '../../../shared/api/responses.ts';
import type { ReportQueryParams } from '../../../shared/api/reports.ts';
import type { RouteName } from '../../../shared/api/routes.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';

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
}

/** The report query of a dashboard filter. */
function reportQuery(filter: DashboardFilter): ReportQueryParams {
  return {
    env: filter.env,
    ...(filter.from !== undefined ? { from: filter.from } : {}),
    ...(filter.to !== undefined ? { to: filter.to } : {}),
    ...(filter.variant ? { experiment: filter.variant.experiment, variant: filter.variant.variant } : {}),
  };
}

/** The admin analytics API, called from the dashboard page with the secret key; a refusal throws an ApiRequestError. */
export class AnalyticsClient {
  private readonly server: ApiConnection;

  constructor(connection: Connection) {
    this.server = { baseUrl: connection.serverUrl, secretKey: connection.secretKey };
  }

  private report<N extends RouteName>(name: N, filter: DashboardFilter, params: Record<string, string> = {}, extra: QueryOf<N> = {} as QueryOf<N>): Promise<ResponseOf<N>> {
    return callApi(this.server, name, { params, query: { ...reportQuery(filter), ...(extra as object) } } as never);
  }

  /** Checks the URL and key: the project they open. */
  project(): Promise<ProjectInfo> {
    return callApi(this.server, 'getProject', {});
  }

  /** A release's bundle: where the reports' ids get their names. */
  release(version: number): Promise<Bundle> {
    return callApi(this.server, 'getRelease', { params: { version } });
  }

  flows = (filter: DashboardFilter) => this.report('flowsReport', filter);
  experiments = (filter: DashboardFilter) => this.report('experimentsReport', filter);
  /** Like experiments, the holdout is by first exposure: the variant filter does not apply. */
  holdout = (filter: DashboardFilter) => this.report('holdoutReport', { env: filter.env, ...(filter.from !== undefined ? { from: filter.from } : {}), ...(filter.to !== undefined ? { to: filter.to } : {}) });
  funnel = (flowId: string, filter: DashboardFilter) => this.report('funnelReport', filter, { flowId });
  goal = (flowId: string, filter: DashboardFilter) => this.report('goalReport', filter, { flowId });
  checklist = (flowId: string, filter: DashboardFilter) => this.report('checklistReport', filter, { flowId });
  anchors = (flowId: string, filter: DashboardFilter) => this.report('anchorsReport', filter, { flowId });
  journey = (filter: DashboardFilter) => this.report('journeyReport', filter);
  surveys = (filter: DashboardFilter, flowId?: string) => this.report('surveysReport', filter, {}, flowId ? { flowId } : {});
  resourceCenter = (filter: DashboardFilter) => this.report('resourceCenterReport', filter);
}
