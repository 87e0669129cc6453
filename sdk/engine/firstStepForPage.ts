import type { Flow } from '../../shared/schema/flow.ts';
import type { Step } from '../../shared/schema/step.ts';
import { matchUrlRule, type PageLocation } from '../../shared/targeting/matchUrlRule.ts';

/** A step belongs on this page when it names no page or its page rule matches. */
export const stepBelongsOn = (step: Step, page: PageLocation): boolean => !step.url || matchUrlRule(step.url, page);

/**
 * Where a fresh run of a multi-page flow begins: at the first step when it belongs here (or
 * names no page), otherwise at the first later step that names this page — the steps before it
 * only lead the user to this page, and they are already on it.
 */
export function firstStepForPage(flow: Flow, page: PageLocation): number {
  const first = flow.steps[0];
  if (!first || stepBelongsOn(first, page)) return 0;
  const here = flow.steps.findIndex((step) => step.url !== undefined && matchUrlRule(step.url, page));
  return here > 0 ? here : 0;
}
