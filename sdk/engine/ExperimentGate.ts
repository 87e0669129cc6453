import { HOLDOUT_EXPERIMENT_ID, inHoldout } from '../../shared/experiment/inHoldout.ts';
import { stickyAssignment } from '../../shared/experiment/stickyAssignment.ts';
import type { Experiment, Holdout } from '../../shared/schema/experiment.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readExperiments, writeExperiments, type SavedExperiments } from '../storage/records/experiments.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';

export interface ExperimentTag {
  experimentId: string;
  variant: string;
}

type Saved = SavedExperiments;

/**
 * Decides, at the moment a flow would show, whether this user sees it: the global holdout sees
 * nothing; in an experiment on the flow, only the arm whose variant is this flow sees it.
 * Assignments are sticky (kept per user) and each experiment's exposure is logged once — for
 * the control arm too, when any of the experiment's flows would have shown.
 */
export class ExperimentGate {
  private experiments: readonly Experiment[] = [];
  private holdout: Holdout | undefined;
  private saved: Saved = { assignments: {}, exposed: [] };
  private userKey = '';
  private hashId = '';

  constructor(
    private readonly store: WaymarkStore,
    private readonly onExposure: (tag: ExperimentTag) => void,
  ) {}

  setBundle(experiments: readonly Experiment[], holdout: Holdout | undefined): void {
    this.experiments = experiments.filter((e) => (e.status ?? 'running') === 'running');
    this.holdout = holdout;
  }

  /** `hashId` is what users are bucketed by: the user id, or the anonymous id before identify. */
  async load(userKey: string, hashId: string): Promise<void> {
    this.userKey = userKey;
    this.hashId = hashId;
    this.saved = { assignments: {}, exposed: [] };
    this.saved = await readExperiments(this.store, userKey);
  }

  /** True when the flow may show now; logs the exposure that showing (or not showing) means. */
  admit(flowId: string): boolean {
    if (inHoldout(this.holdout, this.hashId)) {
      this.expose({ experimentId: HOLDOUT_EXPERIMENT_ID, variant: 'holdout' });
      return false;
    }
    const experiment = this.experimentOf(flowId);
    if (!experiment) return true;
    const variant = this.variantOf(experiment);
    if (!variant) return true;
    if (variant.flowId === flowId || variant.flowId === null) this.expose({ experimentId: experiment.key, variant: variant.key });
    return variant.flowId === flowId;
  }

  /** The experiment arm a shown flow belongs to, for its events. */
  tagFor(flowId: string): ExperimentTag | undefined {
    const experiment = this.experimentOf(flowId);
    const stored = experiment ? ownValue(this.saved.assignments, experiment.key) : undefined;
    return experiment && stored ? { experimentId: experiment.key, variant: stored.variant } : undefined;
  }

  /** Assignments as kept in the user state. */
  get assignments(): Saved['assignments'] {
    return this.saved.assignments;
  }

  private experimentOf(flowId: string): Experiment | undefined {
    return this.experiments.find((e) => e.variants.some((v) => v.flowId === flowId));
  }

  private variantOf(experiment: Experiment) {
    const stored = ownValue(this.saved.assignments, experiment.key);
    const assignment = stickyAssignment(experiment, this.hashId, stored);
    if (!assignment) return undefined;
    if (stored?.variant !== assignment.variant || stored.bucketVersion !== assignment.bucketVersion) {
      this.saved.assignments[experiment.key] = { ...assignment, assignedAt: Date.now() };
      this.persist();
    }
    return experiment.variants.find((v) => v.key === assignment.variant);
  }

  private expose(tag: ExperimentTag): void {
    if (this.saved.exposed.includes(tag.experimentId)) return;
    this.saved.exposed.push(tag.experimentId);
    this.persist();
    this.onExposure(tag);
  }

  private persist(): void {
    void writeExperiments(this.store, this.userKey, this.saved).catch(() => {});
  }
}
