import { callApi, type ApiConnection } from '../../../shared/api/callApi.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import { CURRENT_SCHEMA_VERSION, type Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { parseBundle, parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import type { Environment } from '../../../shared/api/environment.ts';
import type { ReleaseSummary } from '../../../shared/api/responses.ts';
import type { ExperimentSettings, FlowRecord, FlowRepository, PublishResult, Revision } from './FlowRepository.ts';
import type { IdbFlowRepository } from './IdbFlowRepository.ts';

/**
 * The team server as the drafts backend, through the admin API (shared/api: the draft, its flows,
 * releases and rollbacks). A refused request throws an ApiRequestError.
 * The server keeps the team's drafts; the save history stays in the local repository (the API has
 * none), and drafts that do not validate yet stay local until they do (the server refuses them).
 */
export class ServerFlowRepository implements FlowRepository {
  constructor(private readonly server: ApiConnection, private readonly local: IdbFlowRepository) {}

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
    await callApi(this.server, 'deleteDraftFlow', { params: { flowId } });
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

  /** The release the environment points at (the releases list says which). */
  async liveBundle(env: Environment): Promise<Bundle | undefined> {
    const live = (await this.releases()).find((r) => r.environments.includes(env));
    return live ? this.releaseBundle(live.version) : undefined;
  }

  async publish(bundle: Bundle, env: Environment, note = 'Published from the builder'): Promise<PublishResult> {
    const answer = await callApi(this.server, 'publishRelease', { body: { env, bundle, note } });
    return { release: answer.version, bundle };
  }

  async releases(): Promise<ReleaseSummary[]> {
    return (await callApi(this.server, 'listReleases', {})).releases;
  }

  async releaseBundle(version: number): Promise<Bundle | undefined> {
    const parsed = validateBundle(await callApi(this.server, 'getRelease', { params: { version } }));
    if (!parsed.ok) throw new Error(`release ${version} on the server is invalid: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }

  async rollback(env: Environment, version: number): Promise<void> {
    await callApi(this.server, 'rollbackEnvironment', { params: { env }, body: { version } });
  }

  private async draft() {
    const parsed = parseBundle(await callApi(this.server, 'getDraft', {}));
    if (!parsed.ok) throw new Error(`the server's draft is invalid: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }

  /** Replaces the server's draft, keeping every section (flows, milestones, experiments, holdout). */
  private async putDraft({ flows, milestones, experiments, holdout }: { flows: Flow[]; milestones: Milestone[]; experiments: ExperimentSettings['experiments']; holdout?: ExperimentSettings['holdout'] }): Promise<void> {
    await callApi(this.server, 'putDraft', { body: { schemaVersion: CURRENT_SCHEMA_VERSION, flows, milestones, experiments, ...(holdout ? { holdout } : {}) } });
  }

  private async push(flow: Flow): Promise<void> {
    if (!parseFlow(flow).ok) return;
    await callApi(this.server, 'putDraftFlow', { params: { flowId: flow.id }, body: flow });
  }
}
