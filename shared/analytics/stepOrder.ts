import type { UserEvent } from './UserEvent.ts';

/**
 * The flow's step ids in order: the given list (from the flow document) first, then any other
 * step seen in the events, by the index it was shown at (steps never shown last), so steps
 * removed in a later version still appear.
 */
export function stepOrder(events: readonly UserEvent[], flowId: string, known: readonly string[] = []): string[] {
  const index = new Map<string, number>();
  for (const event of events) {
    if (event.flowId !== flowId || !event.stepId) continue;
    const at = event.props['index'];
    index.set(event.stepId, Math.min(index.get(event.stepId) ?? Number.MAX_SAFE_INTEGER, typeof at === 'number' ? at : Number.MAX_SAFE_INTEGER));
  }
  const rest = [...index.keys()].filter((id) => !known.includes(id));
  rest.sort((a, b) => index.get(a)! - index.get(b)!);
  return [...known, ...rest];
}
