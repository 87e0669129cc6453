import type { Estimate } from './Estimate.ts';
import { normalQuantile } from './normalQuantile.ts';

/**
 * A conversion rate with its Wilson score interval. Chosen over the Wald interval because it
 * stays inside [0, 1] and keeps close to its nominal coverage at small counts and at rates
 * near 0 or 1, which is where onboarding experiments start. No users: the interval is [0, 1].
 */
export function wilsonInterval(converted: number, exposed: number, confidence = 0.95): Estimate {
  if (exposed <= 0) return { estimate: 0, low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = converted / exposed;
  const z2n = (z * z) / exposed;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / exposed + z2n / (4 * exposed));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
