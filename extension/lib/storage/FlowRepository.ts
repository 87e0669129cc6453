import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Experiment, Holdout } from '../../../shared/schema/experiment.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';

/** A flow as the builder keeps it. The draft may not validate yet (a tooltip waiting for its anchor). */
export interface FlowRecord {
  flow: Flow;
  /** Number of the save the draft is at. */
  revision: number;
  updatedAt: number;
  /** The revision last published, if any. */
  publishedRevision?: number;
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

export type FlowState = 'draft' | 'published' | 'changed';

export function flowState(record: FlowRecord): FlowState {
  if (record.publishedRevision === undefined) return 'draft';
  return record.publishedRevision === record.revision ? 'published' : 'changed';
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
  /** What is published now (the base of a single-flow publish); undefined before the first publish. */
  liveBundle(): Promise<Bundle | undefined>;
  /**
   * Publishes the given (already validated) bundle and marks its flows published — only those in
   * `flowIds` when given (the others are in the bundle as they were last published).
   */
  publish(bundle: Bundle, note?: string, flowIds?: readonly string[]): Promise<PublishResult>;
}
