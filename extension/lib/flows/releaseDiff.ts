import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { stableJson } from './stableJson.ts';

export interface ReleaseDiff {
  added: Flow[];
  changed: Flow[];
  removed: Flow[];
  /** Names of milestones added or changed, and removed. */
  milestonesChanged: string[];
  milestonesRemoved: string[];
  /** Experiments or the global holdout differ. */
  experimentsChanged: boolean;
  /** Nothing users would notice differs. */
  empty: boolean;
}

/** What a release changes against what an environment shows now: flows added, changed, removed (and milestones, experiments). */
export function releaseDiff(live: Bundle | undefined, next: Bundle): ReleaseDiff {
  const before = new Map((live?.flows ?? []).map((f) => [f.id, f]));
  const after = new Map(next.flows.map((f) => [f.id, f]));
  const added = next.flows.filter((f) => !before.has(f.id));
  const changed = next.flows.filter((f) => before.has(f.id) && stableJson(before.get(f.id)) !== stableJson(f));
  const removed = [...before.values()].filter((f) => !after.has(f.id));
  const oldMilestones = new Map((live?.milestones ?? []).map((m) => [m.id, m]));
  const newMilestones = new Map((next.milestones ?? []).map((m) => [m.id, m]));
  const milestonesChanged = [...newMilestones.values()].filter((m) => stableJson(oldMilestones.get(m.id)) !== stableJson(m)).map((m) => m.name);
  const milestonesRemoved = [...oldMilestones.values()].filter((m) => !newMilestones.has(m.id)).map((m) => m.name);
  const experimentsChanged = stableJson(live?.experiments ?? []) !== stableJson(next.experiments ?? []) || stableJson(live?.holdout ?? null) !== stableJson(next.holdout ?? null);
  const empty = !added.length && !changed.length && !removed.length && !milestonesChanged.length && !milestonesRemoved.length && !experimentsChanged;
  return { added, changed, removed, milestonesChanged, milestonesRemoved, experimentsChanged, empty };
}
