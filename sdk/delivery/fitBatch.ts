import type { EventEnvelope } from '../../shared/schema/event.ts';

const encoder = new TextEncoder();
/** `{"events":[` … `]}` */
const WRAPPER_BYTES = 13;

/** The oldest events whose request body stays under `maxBytes` (UTF-8); at least one, so an oversize event still reaches the server's answer. */
export function fitBatch(events: readonly EventEnvelope[], maxBytes: number): EventEnvelope[] {
  let bytes = WRAPPER_BYTES;
  for (let i = 0; i < events.length; i++) {
    bytes += encoder.encode(JSON.stringify(events[i])).length + 1;
    if (bytes > maxBytes) return events.slice(0, Math.max(1, i));
  }
  return [...events];
}
