import type { EventEnvelope } from '../schema/event.ts';
import { ownValue } from '../schema/ownValue.ts';

/**
 * What a breakdown splits people by, read from the event they entered with (their first
 * exposure, or first start of a flow): the device class the SDK recorded, the value of one
 * trait the bundle names in `breakdownTraits`, or (flows only) the flow version.
 */
export type Breakdown = { by: 'device' } | { by: 'trait'; trait: string } | { by: 'version' };

/** The label of people whose entry event does not say (an older SDK, a trait not set). */
export const UNKNOWN_SEGMENT = '(not set)';

/** The segment an entry event puts its person in; scalar trait values by their text, as String() writes them. */
export function segmentOf(event: Pick<EventEnvelope, 'props' | 'flowVersion'>, breakdown: Breakdown): string {
  if (breakdown.by === 'version') return event.flowVersion === undefined ? UNKNOWN_SEGMENT : `v${event.flowVersion}`;
  if (breakdown.by === 'device') return typeof event.props['device'] === 'string' ? event.props['device'] : UNKNOWN_SEGMENT;
  const traits = event.props['traits'];
  const value = typeof traits === 'object' && traits !== null && !Array.isArray(traits) ? ownValue(traits as Record<string, unknown>, breakdown.trait) : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : UNKNOWN_SEGMENT;
}
