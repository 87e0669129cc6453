import { parseBundle, type ParsedBundle } from '../../shared/schema/parse.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/flow.ts';

/** Accepts a bundle or a bare array of flow documents (as `init({ flows })` allows). */
export function loadFlows(input: unknown): ReturnType<typeof parseBundle> {
  if (Array.isArray(input)) return parseBundle({ schemaVersion: CURRENT_SCHEMA_VERSION, flows: input });
  return parseBundle(input);
}

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
