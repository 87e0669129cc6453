import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import { breakdownParam } from './breakdownParam.ts';
import type { ExperimentBreakdownReport, FlowBreakdownReport, FlowDailyReport, JourneyDailyReport, AnchorsReport, ChecklistReport, ExperimentsReport, FlowsReport, FunnelReport, GoalReport, HoldoutReport, JourneyReport, SurveysReport } from './reports.ts';

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
  env: 'production' | 'staging';
  /** `experimentKey` + `variant`, or none for every user. */
  variant?: { experiment: string; variant: string };
  /** A release to report on instead of the environment's published one (its flows at their versions). */
  release?: number;
  /** Only flow events of this flow version. */
  flowVersion?: number;
}

/** A failed request, with the server's message when it sent one. */
export class AnalyticsError extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
  }
}

/** The admin analytics API, called from the dashboard page with the secret key. */
export class AnalyticsClient {
  constructor(private readonly connection: Connection) {}

  private async get<T>(path: string, filter: DashboardFilter, extra: Record<string, string> = {}): Promise<T> {
    const query = new URLSearchParams({ env: filter.env, ...extra });
    if (filter.from !== undefined) query.set('from', String(filter.from));
    if (filter.to !== undefined) query.set('to', String(filter.to));
    if (filter.release !== undefined) query.set('release', String(filter.release));
    if (filter.flowVersion !== undefined) query.set('flowVersion', String(filter.flowVersion));
    if (filter.variant) {
      query.set('experiment', filter.variant.experiment);
      query.set('variant', filter.variant.variant);
    }
    let response: Response;
    try {
      response = await fetch(`${this.connection.serverUrl}/v1/admin/analytics${path}?${query}`, { headers: { Authorization: `Bearer ${this.connection.secretKey}` } });
    } catch (error) {
      throw new AnalyticsError(`Could not reach ${this.connection.serverUrl} (${(error as Error).message}).`, 0, 'network');
    }
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    if (!response.ok) throw new AnalyticsError(body?.error?.message ?? `The server answered ${response.status}.`, response.status, body?.error?.code ?? 'http');
    return body as T;
  }

  /** Checks the URL and key: the project they open. */
  async project(): Promise<{ id: string; name: string }> {
    let response: Response;
    try {
      response = await fetch(`${this.connection.serverUrl}/v1/admin/project`, { headers: { Authorization: `Bearer ${this.connection.secretKey}` } });
    } catch (error) {
      throw new AnalyticsError(`Could not reach ${this.connection.serverUrl} (${(error as Error).message}).`, 0, 'network');
    }
    const body = (await response.json().catch(() => null)) as { id: string; name: string; error?: { code: string; message: string } } | null;
    if (!response.ok || !body) throw new AnalyticsError(body?.error?.message ?? `The server answered ${response.status}.`, response.status, body?.error?.code ?? 'http');
    return body;
  }

  /** A release's bundle: where the reports' ids get their names. */
  async release(version: number): Promise<Bundle> {
    const response = await fetch(`${this.connection.serverUrl}/v1/admin/releases/${version}`, { headers: { Authorization: `Bearer ${this.connection.secretKey}` } });
    if (!response.ok) throw new AnalyticsError(`The server answered ${response.status} for release ${version}.`, response.status, 'http');
    return (await response.json()) as Bundle;
  }

  flows = (filter: DashboardFilter) => this.get<FlowsReport>('/flows', filter);
  experiments = (filter: DashboardFilter) => this.get<ExperimentsReport>('/experiments', filter);
  /** Like experiments, the holdout is by first exposure: the variant filter does not apply. */
  holdout = (filter: DashboardFilter) => this.get<HoldoutReport>('/holdout', { env: filter.env, ...(filter.from !== undefined ? { from: filter.from } : {}), ...(filter.to !== undefined ? { to: filter.to } : {}), ...(filter.release !== undefined ? { release: filter.release } : {}) });
  funnel = (flowId: string, filter: DashboardFilter) => this.get<FunnelReport>(`/flows/${encodeURIComponent(flowId)}/funnel`, filter);
  goal = (flowId: string, filter: DashboardFilter) => this.get<GoalReport>(`/flows/${encodeURIComponent(flowId)}/goal`, filter);
  checklist = (flowId: string, filter: DashboardFilter) => this.get<ChecklistReport>(`/flows/${encodeURIComponent(flowId)}/checklist`, filter);
  anchors = (flowId: string, filter: DashboardFilter) => this.get<AnchorsReport>(`/flows/${encodeURIComponent(flowId)}/anchors`, filter);
  flowDaily = (flowId: string, filter: DashboardFilter) => this.get<FlowDailyReport>(`/flows/${encodeURIComponent(flowId)}/daily`, filter);
  journeyDaily = (filter: DashboardFilter) => this.get<JourneyDailyReport>('/journey/daily', filter);
  experimentBreakdown = (key: string, by: Breakdown, filter: DashboardFilter) => this.get<ExperimentBreakdownReport>(`/experiments/${encodeURIComponent(key)}/breakdown`, { env: filter.env, ...(filter.from !== undefined ? { from: filter.from } : {}), ...(filter.to !== undefined ? { to: filter.to } : {}), ...(filter.release !== undefined ? { release: filter.release } : {}) }, { by: breakdownParam(by) });
  flowBreakdown = (flowId: string, by: Breakdown, filter: DashboardFilter) => this.get<FlowBreakdownReport>(`/flows/${encodeURIComponent(flowId)}/breakdown`, filter, { by: breakdownParam(by) });
  journey = (filter: DashboardFilter) => this.get<JourneyReport>('/journey', filter);
  surveys = (filter: DashboardFilter, flowId?: string) => this.get<SurveysReport>('/surveys', filter, flowId ? { flowId } : {});
}
