import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Experiment, Holdout } from '../../../shared/schema/experiment.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { Environment } from '../../../shared/api/environment.ts';
import type { ReleaseSummary } from '../../../shared/api/responses.ts';

/** Where a release goes (the API's environments): the SDK asks for one (`server.env`, default production). */
export { environments as ENVIRONMENTS, type Environment } from '../../../shared/api/environment.ts';
export type { ReleaseSummary } from '../../../shared/api/responses.ts';

/** A flow as the builder keeps it. The draft may not validate yet (a tooltip waiting for its anchor). */
export interface FlowRecord {
  flow: Flow;
  /** Number of the save the draft is at. */
  revision: number;
  updatedAt: number;
}

/** One save of a flow: the whole document as it was, kept so any earlier save can be restored. */
export interface Revision {
  flowId: string;
  revision: number;
  savedAt: number;
  /** What the save did, e.g. "Deleted step 2". */
  note: string;
  flow: Flow;
  /** The revision "Undo" goes back to from here: the previous save, or for an undo the one before the save it went back to. */
  undoTo?: number;
}

/** The project's experiments on flows and its optional global holdout (published with the bundle). */
export interface ExperimentSettings {
  experiments: Experiment[];
  holdout?: Holdout;
}

export interface PublishResult {
  /** Release identifier: a local counter, or the server's release version. */
  release: number;
  bundle: Bundle;
}

/**
 * Where drafts, their history and the project's milestones live. The extension's IndexedDB is one
 * backend (IdbFlowRepository); the server's admin API is the other (ServerFlowRepository).
 */
export interface FlowRepository {
  listFlows(): Promise<FlowRecord[]>;
  getFlow(flowId: string): Promise<FlowRecord | undefined>;
  /** Stores a new revision of the draft. */
  saveFlow(flow: Flow, note: string): Promise<FlowRecord>;
  deleteFlow(flowId: string): Promise<void>;
  /** Every save of the flow, newest first. */
  history(flowId: string): Promise<Revision[]>;
  /** Makes an earlier save the current draft again (as a new save, so nothing is lost). */
  restore(flowId: string, revision: number): Promise<FlowRecord>;
  /** Goes back one save; undefined when there is nothing to undo. */
  undo(flowId: string): Promise<FlowRecord | undefined>;
  listMilestones(): Promise<Milestone[]>;
  saveMilestone(milestone: Milestone): Promise<void>;
  deleteMilestone(milestoneId: string): Promise<void>;
  getExperiments(): Promise<ExperimentSettings>;
  saveExperiments(settings: ExperimentSettings): Promise<void>;
  /** What `env` shows now (the base of a single-flow publish); undefined before its first publish. */
  liveBundle(env: Environment): Promise<Bundle | undefined>;
  /** Publishes the given (already validated) bundle as a new release and points `env` at it. */
  publish(bundle: Bundle, env: Environment, note?: string): Promise<PublishResult>;
  /** Every release, newest first. */
  releases(): Promise<ReleaseSummary[]>;
  /** One release's bundle. */
  releaseBundle(version: number): Promise<Bundle | undefined>;
  /** Points `env` back at an earlier release (nothing is deleted; publishing again moves it forward). */
  rollback(env: Environment, version: number): Promise<void>;
}
