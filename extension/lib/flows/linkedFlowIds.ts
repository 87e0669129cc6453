import type { Flow } from '../../../shared/schema/flow.ts';

/** Ids of the flows `flow` can start (buttons, checklist items), and those they start in turn; `flow` itself is not among them. */
export function linkedFlowIds(flow: Flow, all: readonly Flow[]): string[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  const found = new Set<string>();
  const visit = (current: Flow) => {
    const actions = [...current.steps.flatMap((s) => (s.buttons ?? []).map((b) => b.action)), ...(current.checklist?.items ?? []).map((i) => i.action)];
    for (const action of actions) {
      if (action?.type !== 'start_flow' || action.flowId === flow.id || found.has(action.flowId)) continue;
      found.add(action.flowId);
      const next = byId.get(action.flowId);
      if (next) visit(next);
    }
  };
  visit(flow);
  return [...found];
}
