/** A point estimate with its confidence interval. */
export interface Estimate {
  estimate: number;
  low: number;
  high: number;
}
