import type { ParsedBundle } from '../../shared/schema/parse.ts';

/** Two sources' bundles as one: a flow, milestone or experiment of `b` replaces `a`'s of the same id. */
export function mergeBundles(a: ParsedBundle, b: ParsedBundle): ParsedBundle {
  const flows = new Map(a.flows.map((f) => [f.id, f]));
  for (const flow of b.flows) flows.set(flow.id, flow);
  return {
    flows: [...flows.values()],
    milestones: [...a.milestones, ...b.milestones.filter((m) => !a.milestones.some((x) => x.id === m.id))],
    experiments: [...a.experiments, ...b.experiments.filter((e) => !a.experiments.some((x) => x.key === e.key))],
    ...(b.holdout ?? a.holdout ? { holdout: b.holdout ?? a.holdout } : {}),
    ...(b.breakdownTraits ?? a.breakdownTraits ? { breakdownTraits: b.breakdownTraits ?? a.breakdownTraits } : {}),
    rejected: [...a.rejected, ...b.rejected],
  };
}
