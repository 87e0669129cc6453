import { logGamma } from './logGamma.ts';
import type { Proportion } from './Proportion.ts';
import { normalCdf } from './normalCdf.ts';

/** Above this many terms the exact sum is swapped for the normal approximation, which is then accurate to ~1e-4. */
const EXACT_TERMS = 20_000;

const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

/**
 * P(treatment's true rate > control's), each arm's rate having a Beta(1 + converted,
 * 1 + not converted) posterior (uniform prior). Exact closed form (Evan Miller's sum over one
 * arm's successes), deterministic; for very large counts the normal approximation of the two
 * Beta posteriors.
 */
export function chanceToBeatControl(control: Proportion, treatment: Proportion): number {
  const aA = 1 + control.converted;
  const bA = 1 + control.exposed - control.converted;
  const aB = 1 + treatment.converted;
  const bB = 1 + treatment.exposed - treatment.converted;
  if (Math.min(aA, aB) > EXACT_TERMS) return approximate(aA, bA, aB, bB);
  // The sum runs over the first argument's α; P(B > A) = 1 − P(A > B), so sum over the smaller.
  return aB <= aA ? probabilityFirstGreater(aB, bB, aA, bA) : 1 - probabilityFirstGreater(aA, bA, aB, bB);
}

/** P(X > Y) for X ~ Beta(a1, b1), Y ~ Beta(a2, b2) with integer a1: a sum of a1 terms. */
function probabilityFirstGreater(a1: number, b1: number, a2: number, b2: number): number {
  const constant = logBeta(a2, b2);
  let total = 0;
  for (let i = 0; i < a1; i++) {
    total += Math.exp(logBeta(a2 + i, b1 + b2) - Math.log(b1 + i) - logBeta(1 + i, b1) - constant);
  }
  return Math.min(1, Math.max(0, total));
}

function approximate(aA: number, bA: number, aB: number, bB: number): number {
  const mean = (a: number, b: number) => a / (a + b);
  const variance = (a: number, b: number) => (a * b) / ((a + b) ** 2 * (a + b + 1));
  return normalCdf((mean(aB, bB) - mean(aA, bA)) / Math.sqrt(variance(aA, bA) + variance(aB, bB)));
}
