import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../server/cli/parseSince.ts';

describe('parseSince (waymark export-events --since)', () => {
  it('reads epoch milliseconds and ISO 8601 dates', () => {
    expect(parseSince('1795435197294')).toBe(1795435197294);
    expect(parseSince('0')).toBe(0);
    expect(parseSince('2026-11-01')).toBe(Date.UTC(2026, 10, 1));
    expect(parseSince('2026-11-01T09:30:00Z')).toBe(Date.UTC(2026, 10, 1, 9, 30));
    expect(parseSince('2026-11-01T09:30:00+01:00')).toBe(Date.UTC(2026, 10, 1, 8, 30));
  });

  it('refuses anything else', () => {
    for (const value of ['last week', 'yesterday', '-5', '1.5', 'Nov 1 2026', '2026-13-45', '']) expect(parseSince(value)).toBeUndefined();
  });
});
