import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../extension/lib/dashboard/csv.ts';
import { duration, points, pValue } from '../../../extension/lib/dashboard/format.ts';
import { linearScale, ticks } from '../../../extension/lib/dashboard/scale.ts';

describe('dashboard helpers', () => {
  it('CSV quotes fields with commas, quotes and line breaks, and leaves nulls empty', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"'], [1, null, 'two\nlines']])).toBe('a,"b,c","say ""hi"""\r\n1,,"two\nlines"\r\n');
  });

  it('ticks are round values covering the domain, and the scale maps it onto pixels', () => {
    expect(ticks(-0.02, 0.27)).toEqual([0, 0.1, 0.2]);
    expect(ticks(-0.3, 0.3)).toEqual([-0.2, 0, 0.2]);
    expect(ticks(0, 1000, 4)).toEqual([0, 500, 1000]);
    expect(ticks(3, 3)).toEqual([3]);
    const x = linearScale([-0.1, 0.3], [100, 500]);
    expect([x(-0.1), x(0), x(0.3)]).toEqual([100, 200, 500]);
  });

  it('formats lifts, p-values and durations for people', () => {
    expect(points(0.1691)).toBe('+16.9 pts');
    expect(points(-0.004)).toBe('−0.4 pts');
    expect(pValue(0.00001)).toBe('< 0.0001');
    expect(pValue(0.0432)).toBe('0.0432');
    expect([duration(null), duration(30 * 60_000), duration(90 * 60_000), duration(3 * 86_400_000)]).toEqual(['—', '30 min', '1.5 h', '3.0 d']);
  });
});
