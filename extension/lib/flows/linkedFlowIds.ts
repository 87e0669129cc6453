import type { Flow } from '../../../shared/schema/flow.ts';

/** The flows a resource center lists: its checklists (every checklist when it names none), tours and announcements. */
export function listedFlowIds(flow: Flow, all: readonly Flow[]): string[] {
  return (flow.resourceCenter?.sections ?? []).flatMap((section) => {
    if (section.type === 'checklists') return section.flowIds ?? all.filter((f) => f.kind === 'checklist').map((f) => f.id);
    if (section.type === 'tours' || section.type === 'whats-new') return section.items.map((i) => i.flowId);
    return [];
  });
}

/**
 * Ids of the flows `flow` can start (buttons, checklist items, what a resource center lists), and
 * those they start in turn; `flow` itself is not among them.
 */
export function linkedFlowIds(flow: Flow, all: readonly Flow[]): string[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  const found = new Set<string>();
  const visit = (current: Flow) => {
    const actions = [...current.steps.flatMap((s) => (s.buttons ?? []).map((b) => b.action)), ...(current.checklist?.items ?? []).map((i) => i.action)];
    const started = [...actions.flatMap((a) => (a?.type === 'start_flow' ? [a.flowId] : [])), ...listedFlowIds(current, all)];
    for (const id of started) {
      if (id === flow.id || found.has(id)) continue;
      found.add(id);
      const next = byId.get(id);
      if (next) visit(next);
    }
  };
  visit(flow);
  return [...found];
}
