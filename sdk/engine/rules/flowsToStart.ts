import type { Anchor } from '../../../shared/schema/anchor.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { allowedByFrequency } from '../../../shared/targeting/allowedByFrequency.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import { matchPageRules } from '../../../shared/targeting/matchPageRules.ts';
import type { PageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import type { FlowProgress } from '../../storage/progress.ts';

export interface Candidates {
  /** Highest priority first. */
  flows: readonly Flow[];
  running: ReadonlySet<string>;
  progress: ReadonlyMap<string, FlowProgress>;
  page: PageLocation;
  sessionId: string;
  now: number;
  /** Built only when a flow with an audience gets that far (it reads the viewport). */
  audience: () => TargetingContext;
  /** Whether a trigger's element is on the page now. */
  elementPresent: (anchor: Anchor) => boolean;
}

export type StartCandidate =
  /** Ask to start it (see `admitStart`), after `delayMs` on the same page when it has a delay. */
  | { type: 'start'; flow: Flow; resuming: boolean; delayMs: number }
  /** Its trigger waits for an element on this page: look again when it appears. */
  | { type: 'watch_element'; flow: Flow; anchor: Anchor };

const inAudience = (flow: Flow, c: Candidates) => !flow.audience || evaluateCondition(flow.audience, c.audience());

/**
 * The flows whose trigger holds on this page now (page rules, element present, audience,
 * frequency), and the active ones to resume here. Run on start-up, navigation and state changes.
 */
export function flowsToStart(c: Candidates): StartCandidate[] {
  const out: StartCandidate[] = [];
  for (const flow of c.flows) {
    if (c.running.has(flow.id)) continue;
    const saved = c.progress.get(flow.id);
    const resuming = saved?.status === 'active' && saved.flowVersion === flow.version;
    if (resuming) {
      // An active flow goes on where it was, on its flow's pages (or its current step's own page).
      if (!flow.trigger.pages || flow.steps[saved.stepIndex]?.url || matchPageRules(flow.trigger.pages, c.page)) out.push({ type: 'start', flow, resuming, delayMs: 0 });
      continue;
    }
    // Cheapest test first: a flow its frequency rules out (shown "once" already) needs no page matching.
    if (!allowedByFrequency(flow.frequency, saved, c.sessionId, c.now)) continue;
    const { trigger } = flow;
    if (trigger.manual || trigger.event) continue;
    if (trigger.pages && !matchPageRules(trigger.pages, c.page)) continue;
    if (trigger.elementPresent && !c.elementPresent(trigger.elementPresent)) {
      out.push({ type: 'watch_element', flow, anchor: trigger.elementPresent });
      continue;
    }
    if (inAudience(flow, c)) out.push({ type: 'start', flow, resuming, delayMs: trigger.delayMs ?? 0 });
  }
  return out;
}

/** The flows that tracking `name` triggers on this page (their frequency is checked when they ask to start). */
export function flowsForEvent(name: string, c: Candidates): StartCandidate[] {
  const out: StartCandidate[] = [];
  for (const flow of c.flows) {
    if (flow.trigger.event !== name || flow.trigger.manual) continue;
    if (flow.trigger.pages && !matchPageRules(flow.trigger.pages, c.page)) continue;
    if (inAudience(flow, c)) out.push({ type: 'start', flow, resuming: false, delayMs: flow.trigger.delayMs ?? 0 });
  }
  return out;
}
