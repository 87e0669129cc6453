import type { Anchor } from '../../../shared/schema/anchor.ts';
import { DISTINCT_WEIGHT } from '../../../shared/anchor/distinctWeight.ts';
import type { Stability } from '../../../shared/messages/contentEvent.ts';

const STABLE = new Set(['testid', 'id', 'data', 'aria']);
const FAIR = new Set(['name', 'css', 'role', 'text']);

export interface StabilityRating {
  stability: Stability;
  warning?: string;
}

/**
 * How likely the fingerprint survives a redesign, judged by the best selector that singled the
 * element out at capture: test ids, stable ids, data-* and aria-label are stable; name, role + name,
 * text and attributes are fair; a structural path alone is fragile.
 */
export function rateStability(anchor: Anchor, matches: number): StabilityRating {
  const distinct = anchor.selectors.filter((s) => (s.weight ?? 0.5) >= DISTINCT_WEIGHT);
  const stability: Stability = distinct.some((s) => STABLE.has(s.kind)) ? 'stable' : distinct.some((s) => FAIR.has(s.kind)) ? 'fair' : 'fragile';
  const warnings: string[] = [];
  if (matches === 0) warnings.push('The fingerprint does not find this element again on this page.');
  else if (matches > 1) warnings.push(`The fingerprint matches ${matches} elements on this page; pick a more specific element.`);
  if (stability === 'fragile') warnings.push('Only fragile selectors (position in the page) identify this element; ask for a data-testid on it.');
  return warnings.length ? { stability, warning: warnings.join(' ') } : { stability };
}
