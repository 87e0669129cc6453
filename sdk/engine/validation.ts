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

/** Most flows validated per task, so a large bundle's full check never holds the main thread long. */
const FLOWS_PER_TASK = 25;
/** How long one task of the check may take: a slow device checks fewer flows per task (the first flow alone, then as many as fit). */
const TASK_MS = 10;

/** `loadFlows`, a slice of flows at a time with a yield to the page between slices. */
export async function checkInFull(input: unknown): Promise<ReturnType<typeof loadFlows>> {
  const doc = (Array.isArray(input) ? { schemaVersion: CURRENT_SCHEMA_VERSION, flows: input } : input) as Record<string, unknown> | null;
  const flows = typeof doc === 'object' && doc !== null && Array.isArray(doc.flows) ? (doc.flows as unknown[]) : null;
  if (!doc || !flows || flows.length <= 1) return loadFlows(doc);
  let started = performance.now();
  const first = loadFlows({ ...doc, flows: flows.slice(0, 1) });
  if (!first.ok) return first;
  const result = first.value;
  let perTask = 1;
  for (let offset = 1; offset < flows.length; offset += perTask) {
    // The slice that fits in a task, from what the last one took per flow.
    const perFlow = (performance.now() - started) / perTask;
    perTask = Math.max(1, Math.min(FLOWS_PER_TASK, Math.floor(TASK_MS / Math.max(perFlow, 0.01))));
    await yieldToMain();
    started = performance.now();
    const part = loadFlows({ ...doc, flows: flows.slice(offset, offset + perTask) });
    if (!part.ok) return part;
    result.flows.push(...part.value.flows);
    for (const rejected of part.value.rejected) {
      const index = rejected.index + offset;
      result.rejected.push({ ...rejected, index, errors: rejected.errors.map((e) => e.replace(/^flows\[\d+\]/, `flows[${index}]`)) });
    }
  }
  return first;
}
