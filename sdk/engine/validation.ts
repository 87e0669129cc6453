/*
 * What the SDK runs the schema library for, in one place: the full check of bundles (after the
 * first step is on screen when `quickBundle` vouched for them), themes and user states.
 */
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/schemaVersion.ts';
import { parseUserState } from '../../shared/schema/userState.ts';
import { yieldToMain } from '../yieldToMain.ts';
import { loadFlows } from './loadFlows.ts';
import { safeTheme } from './safeTheme.ts';

export { loadFlows, parseUserState, safeTheme };

/** Flows validated per task, so a large bundle's full check never holds the main thread long. */
const FLOWS_PER_TASK = 25;

/** `loadFlows`, a slice of flows at a time with a yield to the page between slices. */
export async function checkInFull(input: unknown): Promise<ReturnType<typeof loadFlows>> {
  const doc = (Array.isArray(input) ? { schemaVersion: CURRENT_SCHEMA_VERSION, flows: input } : input) as Record<string, unknown> | null;
  const flows = typeof doc === 'object' && doc !== null && Array.isArray(doc.flows) ? (doc.flows as unknown[]) : null;
  if (!doc || !flows || flows.length <= FLOWS_PER_TASK) return loadFlows(doc);
  const first = loadFlows({ ...doc, flows: flows.slice(0, FLOWS_PER_TASK) });
  if (!first.ok) return first;
  const result = first.value;
  for (let offset = FLOWS_PER_TASK; offset < flows.length; offset += FLOWS_PER_TASK) {
    await yieldToMain();
    const part = loadFlows({ ...doc, flows: flows.slice(offset, offset + FLOWS_PER_TASK) });
    if (!part.ok) return part;
    result.flows.push(...part.value.flows);
    for (const rejected of part.value.rejected) {
      const index = rejected.index + offset;
      result.rejected.push({ ...rejected, index, errors: rejected.errors.map((e) => e.replace(/^flows\[\d+\]/, `flows[${index}]`)) });
    }
  }
  return first;
}
