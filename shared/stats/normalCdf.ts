/**
 * Standard normal CDF Φ(x): absolute error below 1e-15, relative error below 1e-8 far into
 * the tails (Hart's rational approximation as given by West, "Better approximations to cumulative
 * normal functions", 2005). Written out because it is 30 lines and the SDK bundle stays
 * dependency-free.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  let tail: number;
  if (ax > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-ax * ax) / 2);
    if (ax < 7.07106781186547) {
      let n = 3.52624965998911e-2 * ax + 0.700383064443688;
      n = n * ax + 6.37396220353165;
      n = n * ax + 33.912866078383;
      n = n * ax + 112.079291497871;
      n = n * ax + 221.213596169931;
      n = n * ax + 220.206867912376;
      let d = 8.83883476483184e-2 * ax + 1.75566716318264;
      d = d * ax + 16.064177579207;
      d = d * ax + 86.7807322029461;
      d = d * ax + 296.564248779674;
      d = d * ax + 637.333633378831;
      d = d * ax + 793.826512519948;
      d = d * ax + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let f = ax + 0.65;
      f = ax + 4 / f;
      f = ax + 3 / f;
      f = ax + 2 / f;
      f = ax + 1 / f;
      tail = e / f / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}
