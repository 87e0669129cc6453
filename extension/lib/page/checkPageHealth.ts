import { resolveAnchor } from '../../../shared/anchor/resolveAnchor.ts';
import type { HealthFlow, StepHealth } from '../../../shared/messages/contentCommand.ts';
import { matchPageRules } from '../../../shared/targeting/matchPageRules.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';

/**
 * For every flow that targets this page (its page rules, or a step's own page), how each step's
 * anchor resolves here: found, missing or ambiguous.
 */
export function checkPageHealth(flows: readonly HealthFlow[], href: string, doc: Document = document): StepHealth[] {
  const page = toPageLocation(href);
  const results: StepHealth[] = [];
  for (const flow of flows) {
    const flowHere = flow.pages ? matchPageRules(flow.pages, page) : true;
    flow.steps.forEach((step, stepIndex) => {
      const here = step.url ? matchUrlRule(step.url, page) : flowHere;
      if (!here) return;
      const base = { flowId: flow.id, flowName: flow.name, stepId: step.id, stepIndex, ...(step.title ? { stepTitle: step.title } : {}) };
      if (!step.anchor) return results.push({ ...base, status: 'no_anchor', matches: 0 });
      const resolution = resolveAnchor(step.anchor, doc);
      if (resolution.status === 'found') results.push({ ...base, status: 'found', matches: 1, confidence: resolution.confidence });
      else if (resolution.status === 'ambiguous') results.push({ ...base, status: 'ambiguous', matches: resolution.count });
      else results.push({ ...base, status: 'missing', matches: 0 });
    });
  }
  return results;
}
