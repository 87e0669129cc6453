import { describe, expect, it } from 'vitest';
import { EventEnvelope } from '../../../shared/schema/event.ts';
import { uuidv7 } from '../../../shared/ids/uuidv7.ts';

describe('uuidv7', () => {
  it('encodes the millisecond timestamp, version 7 and the RFC variant', () => {
    const id = uuidv7(0x0190_1234_5678, new Uint8Array(10).fill(0xff));
    expect(id).toBe('01901234-5678-7fff-bfff-ffffffffffff');
  });
  it('sorts by creation time and passes the envelope id check', () => {
    const ids = [1, 2, 3].map((t) => uuidv7(1_700_000_000_000 + t));
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(EventEnvelope.def.shape.id.safeParse(id).success).toBe(true);
  });
});
