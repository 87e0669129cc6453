import type { Bundle } from '../../../shared/schema/bundle.ts';

/**
 * The release that pauses one flow: what is live with that flow taken out, and experiments
 * that showed it stopped (an arm may not point at a flow the release lacks).
 */
export function bundleWithoutFlow(live: Bundle, flowId: string): Bundle {
  const experiments = live.experiments?.filter((e) => !e.variants.some((v) => v.flowId === flowId));
  return { ...live, flows: live.flows.filter((f) => f.id !== flowId), ...(live.experiments ? { experiments: experiments ?? [] } : {}) };
}
