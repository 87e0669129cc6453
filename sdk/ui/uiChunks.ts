import type { Flow } from '../../shared/schema/flow.ts';
import { matchPageRules } from '../../shared/targeting/matchPageRules.ts';
import type { PageLocation } from '../../shared/targeting/matchUrlRule.ts';

/**
 * The renderers beyond the always-cheap ones (bar, modal: in `waymark.ui.js`), each a chunk of its
 * own in the split builds, loaded only by a page that may show one.
 */
export type UiChunk = 'anchored' | 'survey' | 'checklist' | 'resourceCenter';

/** The chunks' files, beside the SDK's own script. */
export const uiChunkFiles: Record<UiChunk, string> = {
  anchored: 'waymark.anchored.js',
  survey: 'waymark.survey.js',
  checklist: 'waymark.checklist.js',
  resourceCenter: 'waymark.resource-center.js',
};

export const chunkOfStepType = (type: string): UiChunk | null =>
  type === 'tooltip' || type === 'hotspot' ? 'anchored' : type === 'survey' ? 'survey' : null;

/** Every chunk a flow's steps, checklist or resource center need. */
export function chunksForFlow(flow: Flow): UiChunk[] {
  const chunks = new Set<UiChunk>();
  if (flow.kind === 'checklist') chunks.add('checklist');
  if (flow.kind === 'resource-center') chunks.add('resourceCenter');
  for (const step of flow.steps) {
    const chunk = chunkOfStepType(step.type);
    if (chunk) chunks.add(chunk);
  }
  return [...chunks];
}

/**
 * The chunks of the flows that may start on this page by themselves, requested at start-up beside
 * the renderers; a flow started by hand, by an event or on another page gets its chunk when drawn.
 */
export function chunksToPrepare(flows: readonly Flow[], page: PageLocation): Set<UiChunk> {
  const chunks = new Set<UiChunk>();
  for (const flow of flows) {
    if (!mayStartHere(flow, page)) continue;
    for (const chunk of chunksForFlow(flow)) chunks.add(chunk);
  }
  return chunks;
}

/** Whether the flow may start on this page by itself (not by hand, not on an event, its page rules matching). */
export function mayStartHere(flow: Flow, page: PageLocation): boolean {
  if (flow.trigger.manual || flow.trigger.event) return false;
  return !flow.trigger.pages || matchPageRules(flow.trigger.pages, page);
}
