import type { Bundle } from '../../../shared/schema/bundle.ts';

/**
 * What the release calls each id the reports return: flows, their steps and checklist items,
 * milestones and experiment variants. Every lookup falls back to the id itself, so a report on
 * an id the release no longer has still reads.
 */
export interface ReleaseNames {
  flow(id: string): string;
  step(flowId: string, stepId: string): string;
  item(flowId: string, itemId: string): string;
  milestone(id: string): string;
  variant(experimentKey: string, variantKey: string): string;
  /** A milestone as it reads inside a sentence ("chatbot connected"). */
  metric(id: string): string;
  /** Traits the release records on entry events, which reports can break down by. */
  breakdownTraits: readonly string[];
}

const own = <T>(map: Map<string, T>, key: string): T | undefined => map.get(key);

export function releaseNames(bundle: Pick<Bundle, 'flows'> & Partial<Pick<Bundle, 'milestones' | 'experiments' | 'breakdownTraits'>> | null): ReleaseNames {
  const flows = new Map<string, string>();
  const steps = new Map<string, string>();
  const items = new Map<string, string>();
  const milestones = new Map<string, string>();
  const variants = new Map<string, string>();
  for (const flow of bundle?.flows ?? []) {
    flows.set(flow.id, flow.name);
    flow.steps.forEach((step, i) => steps.set(`${flow.id}\u0000${step.id}`, step.title?.trim() || `Step ${i + 1}`));
    for (const item of flow.checklist?.items ?? []) items.set(`${flow.id}\u0000${item.id}`, item.title);
  }
  for (const m of bundle?.milestones ?? []) milestones.set(m.id, m.name);
  for (const e of bundle?.experiments ?? []) {
    for (const v of e.variants) {
      const name = v.name ?? (v.flowId ? flows.get(v.flowId) : undefined) ?? (v.flowId === null ? 'No onboarding (control)' : undefined);
      if (name) variants.set(`${e.key}\u0000${v.key}`, name);
    }
  }
  const milestone = (id: string) => own(milestones, id) ?? id;
  return {
    flow: (id) => own(flows, id) ?? id,
    step: (flowId, stepId) => own(steps, `${flowId}\u0000${stepId}`) ?? stepId,
    item: (flowId, itemId) => own(items, `${flowId}\u0000${itemId}`) ?? itemId,
    milestone,
    breakdownTraits: bundle?.breakdownTraits ?? [],
    variant: (experimentKey, variantKey) => own(variants, `${experimentKey}\u0000${variantKey}`) ?? variantKey,
    metric: (id) => {
      const name = milestone(id);
      // Lower-case a sentence-case name ("Chatbot connected" → "chatbot connected"), not an acronym ("NPS answered").
      return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    },
  };
}
