import type { Anchor } from '../../shared/schema/anchor.ts';
import type { TargetingContext } from '../../shared/targeting/TargetingContext.ts';
import type { FlowProgress } from '../storage/progress.ts';

export interface TargetingSources {
  progress: Iterable<FlowProgress>;
  traits: Record<string, unknown>;
  eventCount: (name: string, since: number | undefined) => number;
  milestones: ReadonlySet<string>;
  /** Whether the anchor resolves to one element on the page now. */
  elementPresent: (anchor: Anchor) => boolean;
}

/** The live facts audience rules are evaluated against, read from the SDK's state and the window. */
export function buildTargetingContext(sources: TargetingSources): TargetingContext {
  const flowStates: Record<string, { seen: boolean; completed: boolean; dismissed: boolean }> = Object.create(null);
  for (const p of sources.progress) flowStates[p.flowId] = { seen: p.starts > 0, completed: p.status === 'completed', dismissed: p.status === 'dismissed' };
  return {
    now: Date.now(),
    traits: sources.traits,
    eventCounts: sources.eventCount,
    flowStates,
    milestones: sources.milestones,
    device: { width: innerWidth, touch: matchMedia('(pointer: coarse)').matches },
    elementPresent: sources.elementPresent,
  };
}
