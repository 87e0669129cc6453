import type { IDBPDatabase } from 'idb';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { openDraftDb, type DraftDb } from './draftDb.ts';
import { ENVIRONMENTS, type Environment, type ExperimentSettings, type FlowRecord, type FlowRepository, type PublishResult, type ReleaseSummary, type Revision } from './FlowRepository.ts';

/** Drafts and their full save history in the extension's own IndexedDB. */
export class IdbFlowRepository implements FlowRepository {
  private constructor(private readonly db: IDBPDatabase<DraftDb>) {}

  static async open(name?: string): Promise<IdbFlowRepository> {
    return new IdbFlowRepository(await openDraftDb(name));
  }

  async listFlows(): Promise<FlowRecord[]> {
    const all = await this.db.getAll('flows');
    return all.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  getFlow(flowId: string): Promise<FlowRecord | undefined> {
    return this.db.get('flows', flowId);
  }

  async saveFlow(flow: Flow, note: string): Promise<FlowRecord> {
    return this.write(flow, note, (current) => current?.revision);
  }

  async deleteFlow(flowId: string): Promise<void> {
    const tx = this.db.transaction(['flows', 'revisions'], 'readwrite');
    await tx.objectStore('flows').delete(flowId);
    const revisions = tx.objectStore('revisions');
    for (const key of await revisions.index('byFlow').getAllKeys(flowId)) await revisions.delete(key);
    await tx.done;
  }

  async history(flowId: string): Promise<Revision[]> {
    const all = await this.db.getAllFromIndex('revisions', 'byFlow', flowId);
    return all.sort((a, b) => b.revision - a.revision);
  }

  async restore(flowId: string, revision: number): Promise<FlowRecord> {
    const target = await this.db.get('revisions', [flowId, revision]);
    if (!target) throw new Error(`flow "${flowId}" has no revision ${revision}`);
    return this.write(target.flow, `Restored save ${revision}`, (current) => current?.revision);
  }

  async undo(flowId: string): Promise<FlowRecord | undefined> {
    const current = await this.getFlow(flowId);
    if (!current) return undefined;
    const head = await this.db.get('revisions', [flowId, current.revision]);
    if (head?.undoTo === undefined) return undefined;
    const target = await this.db.get('revisions', [flowId, head.undoTo]);
    if (!target) return undefined;
    return this.write(target.flow, `Undo: back to save ${target.revision}`, () => target.undoTo);
  }

  async getExperiments(): Promise<ExperimentSettings> {
    return (await this.db.get('project', 'experiments')) ?? { experiments: [] };
  }

  async saveExperiments(settings: ExperimentSettings): Promise<void> {
    await this.db.put('project', settings, 'experiments');
  }

  listMilestones(): Promise<Milestone[]> {
    return this.db.getAll('milestones');
  }

  async saveMilestone(milestone: Milestone): Promise<void> {
    await this.db.put('milestones', milestone);
  }

  async deleteMilestone(milestoneId: string): Promise<void> {
    await this.db.delete('milestones', milestoneId);
  }

  async liveBundle(env: Environment): Promise<Bundle | undefined> {
    const version = await this.db.get('meta', `env:${env}`);
    return version === undefined ? undefined : (await this.db.get('releaseLog', version))?.bundle;
  }

  async publish(bundle: Bundle, env: Environment, note = 'Published'): Promise<PublishResult> {
    const tx = this.db.transaction(['meta', 'releaseLog', 'releases'], 'readwrite');
    const meta = tx.objectStore('meta');
    const release = ((await meta.get('release')) ?? 0) + 1;
    await meta.put(release, 'release');
    await tx.objectStore('releaseLog').put({ version: release, createdAt: Date.now(), note, bundle });
    await meta.put(release, `env:${env}`);
    if (env === 'production') await tx.objectStore('releases').put(bundle, 'live');
    await tx.done;
    return { release, bundle };
  }

  async releases(): Promise<ReleaseSummary[]> {
    const pointers = await Promise.all(ENVIRONMENTS.map(async (env) => [env, await this.db.get('meta', `env:${env}`)] as const));
    const all = await this.db.getAll('releaseLog');
    return all
      .sort((a, b) => b.version - a.version)
      .map((r) => ({
        version: r.version,
        createdAt: r.createdAt,
        note: r.note,
        flowIds: r.bundle.flows.map((f) => f.id),
        environments: pointers.filter(([, v]) => v === r.version).map(([env]) => env),
      }));
  }

  async releaseBundle(version: number): Promise<Bundle | undefined> {
    return (await this.db.get('releaseLog', version))?.bundle;
  }

  async rollback(env: Environment, version: number): Promise<void> {
    const release = await this.db.get('releaseLog', version);
    if (!release) throw new Error(`there is no release ${version}`);
    const tx = this.db.transaction(['meta', 'releases'], 'readwrite');
    await tx.objectStore('meta').put(version, `env:${env}`);
    if (env === 'production') await tx.objectStore('releases').put(release.bundle, 'live');
    await tx.done;
  }

  /** One transaction: read the current record, append a revision, move the draft to it. */
  private async write(flow: Flow, note: string, undoTo: (current: FlowRecord | undefined) => number | undefined): Promise<FlowRecord> {
    const tx = this.db.transaction(['flows', 'revisions'], 'readwrite');
    const flows = tx.objectStore('flows');
    const current = await flows.get(flow.id);
    const revisions = tx.objectStore('revisions');
    const last = current ? (await revisions.index('byFlow').getAllKeys(flow.id)).reduce((max, [, n]) => Math.max(max, n), 0) : 0;
    const revision = last + 1;
    const now = Date.now();
    const back = undoTo(current);
    await revisions.put({ flowId: flow.id, revision, savedAt: now, note, flow, ...(back !== undefined ? { undoTo: back } : {}) });
    const record: FlowRecord = { flow, revision, updatedAt: now };
    await flows.put(record);
    await tx.done;
    return record;
  }
}
