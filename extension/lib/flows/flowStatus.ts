import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { stableJson } from './stableJson.ts';

/**
 * Where a flow stands in one environment: `draft` (never released there), `live` (users see
 * exactly the draft), `changed` (live, with edits not published yet) or `paused` (released
 * before, taken out of the current release).
 */
export type FlowStatus = 'draft' | 'live' | 'changed' | 'paused';

export const FLOW_STATUS_NAMES: Record<FlowStatus, string> = {
  draft: 'Draft',
  live: 'Live',
  changed: 'Live with unpublished changes',
  paused: 'Paused',
};

/** Compares the draft with what the environment shows, by content (not by who saved it where). */
export function flowStatus(draft: Flow, live: Bundle | undefined, releasedBefore: boolean): FlowStatus {
  const published = live?.flows.find((f) => f.id === draft.id);
  if (!published) return releasedBefore ? 'paused' : 'draft';
  return stableJson(published) === stableJson(draft) ? 'live' : 'changed';
}
