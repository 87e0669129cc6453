import type { ArmEstimate } from './ArmEstimate.ts';

/**
 * One arm's sufficient statistics for CUPED, as one SQL aggregate gives them: users, and the sums
 * of the outcome y (1 for converted, else 0, or any number), of the pre-exposure covariate x
 * (e.g. the person's activity before exposure) and of their squares and product.
 */
export interface CovariateSums {
  n: number;
  sumY: number;
  sumY2: number;
  sumX: number;
  sumX2: number;
  sumXY: number;
}

export interface CupedEstimates {
  /** Per arm, in input order: mean ȳ − θ·(x̄ − x̄ of everyone) with the variance of that mean. */
  arms: ArmEstimate[];
  /** The same arms without the adjustment: ȳ with Var(y)/n (for a conversion, p(1 − p)/n). */
  unadjusted: ArmEstimate[];
  /** θ = pooled within-arm Cov(x, y) / Var(x); 0 when x does not vary. */
  theta: number;
  /** Pooled within-arm correlation of x and y. */
  correlation: number;
  /** 1 − Var(adjusted difference) / Var(plain difference): the share of variance removed (≈ correlation²). */
  varianceReduction: number;
}

/**
 * CUPED (Deng, Xu, Kohavi & Walker 2013): each arm's mean outcome adjusted by a covariate
 * measured before exposure, which randomisation makes independent of the arm, so the
 * adjustment removes noise without moving the expected difference. Computed from sufficient
 * statistics only, so a database can feed it. θ is pooled over the arms (within-arm moments),
 * and every variance uses divisor n, so with θ = 0 the estimates are exactly the plain rates.
 */
export function cupedEstimates(arms: readonly CovariateSums[]): CupedEstimates {
  for (const [i, a] of arms.entries()) {
    for (const key of ['n', 'sumY', 'sumY2', 'sumX', 'sumX2', 'sumXY'] as const) {
      if (!Number.isFinite(a[key])) throw new RangeError(`cupedEstimates: arms[${i}].${key} must be a finite number (got ${a[key]})`);
    }
    if (a.n < 0) throw new RangeError(`cupedEstimates: arms[${i}].n must not be negative (got ${a.n})`);
  }
  const centred = arms.map((a) => {
    if (a.n === 0) return { xx: 0, xy: 0, yy: 0 };
    return {
      xx: Math.max(0, a.sumX2 - (a.sumX * a.sumX) / a.n),
      xy: a.sumXY - (a.sumX * a.sumY) / a.n,
      yy: Math.max(0, a.sumY2 - (a.sumY * a.sumY) / a.n),
    };
  });
  const xx = centred.reduce((s, c) => s + c.xx, 0);
  const xy = centred.reduce((s, c) => s + c.xy, 0);
  const yy = centred.reduce((s, c) => s + c.yy, 0);
  const theta = xx > 0 ? xy / xx : 0;
  const correlation = xx > 0 && yy > 0 ? Math.max(-1, Math.min(1, xy / Math.sqrt(xx * yy))) : 0;
  const users = arms.reduce((s, a) => s + a.n, 0);
  const meanX = users > 0 ? arms.reduce((s, a) => s + a.sumX, 0) / users : 0;

  const unadjusted = arms.map((a, i) => (a.n > 0 ? { n: a.n, mean: a.sumY / a.n, variance: centred[i]!.yy / (a.n * a.n) } : { n: 0, mean: 0, variance: 0 }));
  const adjusted = arms.map((a, i) => {
    if (a.n === 0) return { n: 0, mean: 0, variance: 0 };
    const c = centred[i]!;
    const residual = Math.max(0, c.yy - 2 * theta * c.xy + theta * theta * c.xx);
    return { n: a.n, mean: a.sumY / a.n - theta * (a.sumX / a.n - meanX), variance: residual / (a.n * a.n) };
  });
  const plain = unadjusted.reduce((s, e) => s + e.variance, 0);
  const reduced = adjusted.reduce((s, e) => s + e.variance, 0);
  return { arms: adjusted, unadjusted, theta, correlation, varianceReduction: plain > 0 ? 1 - reduced / plain : 0 };
}
