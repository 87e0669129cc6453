import type { FlowFunnel, FunnelStep } from '../../../shared/analytics/flowFunnel.ts';

/** The step most users left the flow at (ties: the earlier step); null when nobody left. */
export function biggestDrop(funnel: FlowFunnel): FunnelStep | null {
  let worst: FunnelStep | null = null;
  for (const step of funnel.steps) if (step.dropOff > 0 && (!worst || step.dropOff > worst.dropOff)) worst = step;
  return worst;
}
