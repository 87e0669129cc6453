import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { ParseResult } from '../../../shared/schema/parse.ts';
import { buildBundle } from './buildBundle.ts';

/**
 * The release that publishes one flow (and the flows it starts, given after it): what is live now
 * with those added or replaced (in their place), every other flow and the experiments exactly as
 * they were published. Milestones are
 * project-wide: the live ones, updated and extended by the project's current ones, so the flow's
 * goal and checklist items always resolve. Validated strictly, like an export.
 */
export function bundleWithFlow(live: Bundle | undefined, flow: Flow | readonly Flow[], milestones: readonly Milestone[]): ParseResult<Bundle> {
  const flows = live ? [...live.flows] : [];
  for (const next of Array.isArray(flow) ? flow : [flow as Flow]) {
    const at = flows.findIndex((f) => f.id === next.id);
    if (at >= 0) flows[at] = next;
    else flows.push(next);
  }
  const byId = new Map((live?.milestones ?? []).map((m) => [m.id, m]));
  for (const milestone of milestones) byId.set(milestone.id, milestone);
  return buildBundle(flows, [...byId.values()], { experiments: live?.experiments ?? [], ...(live?.holdout ? { holdout: live.holdout } : {}) });
}
