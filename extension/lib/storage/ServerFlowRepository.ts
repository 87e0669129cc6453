import type { Bundle } from '../../../shared/schema/bundle.ts';
import { CURRENT_SCHEMA_VERSION, type Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { parseBundle, parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import type { Environment, ExperimentSettings, FlowRecord, FlowRepository, PublishResult, ReleaseSummary, Revision } from './FlowRepository.ts';
import type { IdbFlowRepository } from './IdbFlowRepository.ts';

export interface ServerOptions {
  /** Server origin, e.g. `https://waymark.example.com`. */
  baseUrl: string;
  /** Secret key `wm_sk_…` (admin endpoints). */
  secretKey: string;
}

/** A failed admin request: what was asked, the HTTP status and the server's error code and message. */
export class ServerRequestError extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
  }
}

/**
 * The team server as the drafts backend, through the admin API in docs/server-api.md
 * (GET/PUT /v1/admin/draft, PUT/DELETE /v1/admin/draft/flows/:id, GET/POST /v1/admin/releases).
 * The server keeps the team's drafts; the save history stays in the local repository (the API has
 * none), and drafts that do not validate yet stay local until they do (the server refuses them).
 */
export class ServerFlowRepository implements FlowRepository {
  constructor(private readonly options: ServerOptions, private readonly local: IdbFlowRepository) {}

  async listFlows(): Promise<FlowRecord[]> {
    const draft = await this.draft();
    const records = new Map((await this.local.listFlows()).map((r) => [r.flow.id, r]));
    for (const flow of draft.flows) if (!records.has(flow.id)) records.set(flow.id, await this.local.saveFlow(flow, 'From the server'));
    return [...records.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  getFlow(flowId: string): Promise<FlowRecord | undefined> {
    return this.local.getFlow(flowId);
  }

  async saveFlow(flow: Flow, note: string): Promise<FlowRecord> {
    const record = await this.local.saveFlow(flow, note);
    await this.push(record.flow);
    return record;
  }

  async deleteFlow(flowId: string): Promise<void> {
    await this.request('DELETE', `/v1/admin/draft/flows/${encodeURIComponent(flowId)}`);
    await this.local.deleteFlow(flowId);
  }

  history(flowId: string): Promise<Revision[]> {
    return this.local.history(flowId);
  }

  async restore(flowId: string, revision: number): Promise<FlowRecord> {
    const record = await this.local.restore(flowId, revision);
    await this.push(record.flow);
    return record;
  }

  async undo(flowId: string): Promise<FlowRecord | undefined> {
    const record = await this.local.undo(flowId);
    if (record) await this.push(record.flow);
    return record;
  }

  async listMilestones(): Promise<Milestone[]> {
    return (await this.draft()).milestones;
  }

  async saveMilestone(milestone: Milestone): Promise<void> {
    const draft = await this.draft();
    await this.putDraft({ ...draft, milestones: [...draft.milestones.filter((m) => m.id !== milestone.id), milestone] });
  }

  async deleteMilestone(milestoneId: string): Promise<void> {
    const draft = await this.draft();
    await this.putDraft({ ...draft, milestones: draft.milestones.filter((m) => m.id !== milestoneId) });
  }

  async getExperiments(): Promise<ExperimentSettings> {
    const draft = await this.draft();
    return { experiments: draft.experiments, ...(draft.holdout ? { holdout: draft.holdout } : {}) };
  }

  async saveExperiments(settings: ExperimentSettings): Promise<void> {
    const draft = await this.draft();
    await this.putDraft({ ...draft, experiments: settings.experiments, holdout: settings.holdout });
  }

  /** The release the environment points at (GET /v1/admin/releases, then that release's bundle). */
  async liveBundle(env: Environment): Promise<Bundle | undefined> {
    const live = (await this.releases()).find((r) => r.environments.includes(env));
    return live ? this.releaseBundle(live.version) : undefined;
  }

  async publish(bundle: Bundle, env: Environment, note = 'Published from the builder'): Promise<PublishResult> {
    const answer = (await this.request('POST', '/v1/admin/releases', { env, bundle, note })) as { version: number };
    return { release: answer.version, bundle };
  }

  async releases(): Promise<ReleaseSummary[]> {
    return ((await this.request('GET', '/v1/admin/releases')) as { releases: ReleaseSummary[] }).releases;
  }

  async releaseBundle(version: number): Promise<Bundle | undefined> {
    const parsed = validateBundle(await this.request('GET', `/v1/admin/releases/${version}`));
    if (!parsed.ok) throw new Error(`release ${version} on the server is invalid: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }

  async rollback(env: Environment, version: number): Promise<void> {
    await this.request('POST', `/v1/admin/environments/${env}/rollback`, { version });
  }

  private async draft() {
    const parsed = parseBundle(await this.request('GET', '/v1/admin/draft'));
    if (!parsed.ok) throw new Error(`the server's draft is invalid: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }

  /** Replaces the server's draft, keeping every section (flows, milestones, experiments, holdout). */
  private async putDraft({ flows, milestones, experiments, holdout }: { flows: Flow[]; milestones: Milestone[]; experiments: ExperimentSettings['experiments']; holdout?: ExperimentSettings['holdout'] }): Promise<void> {
    await this.request('PUT', '/v1/admin/draft', { schemaVersion: CURRENT_SCHEMA_VERSION, flows, milestones, experiments, ...(holdout ? { holdout } : {}) });
  }

  private async push(flow: Flow): Promise<void> {
    if (!parseFlow(flow).ok) return;
    await this.request('PUT', `/v1/admin/draft/flows/${encodeURIComponent(flow.id)}`, flow);
  }

  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.options.baseUrl), {
        method,
        headers: { Authorization: `Bearer ${this.options.secretKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ServerRequestError(`Could not reach ${this.options.baseUrl} (${(error as Error).message}).`, 0, 'network');
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; path?: string } } | null;
      const detail = problem?.error ? ` ${problem.error.path ? `${problem.error.path}: ` : ''}${problem.error.message}` : '';
      throw new ServerRequestError(`${method} ${path}: ${response.status}${detail}`, response.status, problem?.error?.code ?? 'http');
    }
    return response.status === 204 ? null : response.json();
  }
}
