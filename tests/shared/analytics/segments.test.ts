import { describe, expect, it } from 'vitest';
import { deviceClass } from '../../../shared/targeting/deviceClass.ts';
import { entryProps } from '../../../shared/targeting/entryProps.ts';
import { segmentOf } from '../../../shared/analytics/segmentOf.ts';

describe('device class, entry props and segments', () => {
  it('a phone is narrow; a tablet is mid-width with touch; a narrow window with a mouse is a desktop', () => {
    expect(deviceClass(390, true)).toBe('phone');
    expect(deviceClass(599, false)).toBe('phone');
    expect(deviceClass(820, true)).toBe('tablet');
    expect(deviceClass(820, false)).toBe('desktop');
    expect(deviceClass(1280, true)).toBe('desktop');
  });

  it('entry events carry the device and only the traits the bundle names, as scalars', () => {
    const traits = { plan: 'pro', email: 'someone@example.com', company: { size: 40, name: 'Acme' }, tags: ['a'], long: 'x'.repeat(500) };
    expect(entryProps(390, true, traits, ['plan', 'company.size', 'tags', 'missing', 'long'])).toEqual({ device: 'phone', traits: { plan: 'pro', 'company.size': 40, long: 'x'.repeat(200) } });
    expect(entryProps(1280, false, traits)).toEqual({ device: 'desktop' });
    expect(entryProps(Number.NaN, false, traits, ['__proto__', 'constructor'])).toEqual({});
  });

  it('segments read what the entry event says, "(not set)" otherwise', () => {
    const event = (props: Record<string, unknown>, flowVersion?: number) => ({ props, ...(flowVersion !== undefined ? { flowVersion } : {}) });
    expect(segmentOf(event({ device: 'tablet' }), { by: 'device' })).toBe('tablet');
    expect(segmentOf(event({ device: 3 }), { by: 'device' })).toBe('(not set)');
    expect(segmentOf(event({ traits: { plan: 42 } }), { by: 'trait', trait: 'plan' })).toBe('42');
    expect(segmentOf(event({ traits: { plan: { tier: 1 } } }), { by: 'trait', trait: 'plan' })).toBe('(not set)');
    expect(segmentOf(event({ traits: {} }), { by: 'trait', trait: 'constructor' })).toBe('(not set)');
    expect(segmentOf(event({}, 3), { by: 'version' })).toBe('v3');
    expect(segmentOf(event({}), { by: 'version' })).toBe('(not set)');
  });
});
