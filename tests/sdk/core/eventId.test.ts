import { describe, expect, it } from 'vitest';
import { EventEnvelope } from '../../../shared/schema/event.ts';
import { nextEventId } from '../../../sdk/events/eventId.ts';

describe('nextEventId', () => {
  it('ids made in the same millisecond sort in the order they were made', () => {
    const ids = Array.from({ length: 2000 }, () => nextEventId(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 20)) expect(EventEnvelope.def.shape.id.safeParse(id).success).toBe(true);
  });

  it('a clock that steps back keeps the order; a later millisecond starts afresh', () => {
    const a = nextEventId(1_800_000_000_100);
    const b = nextEventId(1_800_000_000_050);
    const c = nextEventId(1_800_000_000_200);
    expect([a, b, c].sort()).toEqual([a, b, c]);
    expect(c.startsWith(nextEventId(1_800_000_000_200).slice(0, 13))).toBe(true);
  });
});
