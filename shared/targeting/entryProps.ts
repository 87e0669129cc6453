import { readTrait } from './readTrait.ts';
import { deviceClass } from './deviceClass.ts';

const MAX_TRAIT_TEXT = 200;

/**
 * What the SDK adds to an entry event (experiment_exposure, flow_started) so reports can break
 * people down: `device` (phone / tablet / desktop from the viewport), and under `traits` the
 * scalar values of the traits the bundle names in `breakdownTraits`, and no others.
 */
export function entryProps(width: number, touch: boolean, traits: unknown, breakdownTraits: readonly string[] = []): Record<string, unknown> {
  const props: Record<string, unknown> = Number.isFinite(width) ? { device: deviceClass(width, touch) } : {};
  const picked: Record<string, string | number | boolean> = {};
  for (const key of breakdownTraits) {
    const value = readTrait(traits, key);
    if (typeof value === 'string') picked[key] = value.slice(0, MAX_TRAIT_TEXT);
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') picked[key] = value;
  }
  if (Object.keys(picked).length) props['traits'] = picked;
  return props;
}
