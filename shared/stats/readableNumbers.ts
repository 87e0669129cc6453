import type { Estimate } from './Estimate.ts';

/**
 * The rounding rules of every number a person reads about an experiment (headlines, tables,
 * charts): one place, so the headline, the table and the chart never disagree.
 *
 * - Rates and lifts in percent and percentage points, with the fewest decimals (0, 1 or 2) at
 *   which the words stay true: the two rates differ by exactly the lift shown, a bound of an
 *   interval that excludes 0 does not round to 0, and rounding never flips a sign.
 * - Counts of users still needed are rounded up to two significant digits (never promising
 *   less than is needed), days up, to whole days.
 */

const MINUS = '\u2212';

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals);
const show = (units: number, decimals: number) => (Math.abs(units) / 10 ** decimals).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const signed = (units: number, decimals: number) => (units > 0 ? '+' : units < 0 ? MINUS : '') + show(units, decimals);

/** A share as a percentage: 0.4231 → "42.3%" at 1 decimal. */
export function formatShare(share: number, decimals = 1): string {
  return `${round(share, decimals + 2) < 0 ? MINUS : ''}${show(round(share, decimals + 2), decimals)}%`;
}

export interface ReadableComparison {
  decimals: number;
  control: string;
  treatment: string;
  /** Treatment minus control in points, signed: "+14". */
  lift: string;
  low: string;
  high: string;
  /** Relative lift with its interval, in percent, at the same decimals: "+33%". Null without one. */
  relative: { estimate: string; low: string; high: string } | null;
}

/**
 * Two rates and their difference's interval, rounded together (see the rules above). `relative`
 * is rounded at the same decimals, with the same sign rule.
 */
export function formatComparison(control: number, treatment: number, lift: Estimate, relative: Estimate | null = null): ReadableComparison {
  const excludes = (e: Estimate, d: number) => (e.low > 0 ? round(e.low, d) > 0 : true) && (e.high < 0 ? round(e.high, d) < 0 : true);
  const keepsSign = (x: number, d: number) => Math.sign(round(x, d)) === Math.sign(x) || round(x, d) === 0;
  let decimals = 0;
  for (; decimals < 2; decimals++) {
    const d = decimals + 2;
    const consistent =
      round(treatment, d) - round(control, d) === round(lift.estimate, d) &&
      excludes(lift, d) &&
      keepsSign(lift.estimate, d) &&
      (relative === null || excludes(relative, d));
    if (consistent) break;
  }
  const d = decimals + 2;
  const c = round(control, d);
  const t = round(treatment, d);
  // At the last resort the lift shown is the difference of the rates shown, so the sentence adds up.
  const shownLift = t - c;
  return {
    decimals,
    control: `${show(c, decimals)}%`,
    treatment: `${show(t, decimals)}%`,
    lift: signed(shownLift, decimals),
    low: signed(Math.min(round(lift.low, d), shownLift), decimals),
    high: signed(Math.max(round(lift.high, d), shownLift), decimals),
    relative: relative === null ? null : { estimate: `${signed(round(relative.estimate, d), decimals)}%`, low: `${signed(round(relative.low, d), decimals)}%`, high: `${signed(round(relative.high, d), decimals)}%` },
  };
}

/** Users, rounded up to two significant digits: 1,163 → "1,200", 87 → "87". */
export function formatUsers(users: number): string {
  if (!(users > 0)) return '0';
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(users)) - 1);
  return (Math.ceil(users / magnitude - 1e-9) * magnitude).toLocaleString('en-US');
}

/** A duration in days, rounded up: "less than a day", "1 day", "5 days", past 8 weeks "9 weeks". */
export function formatDays(days: number): string {
  if (!(days >= 1)) return 'less than a day';
  const whole = Math.ceil(days - 1e-9);
  if (whole > 56) return `${Math.ceil(whole / 7)} weeks`;
  return whole === 1 ? '1 day' : `${whole} days`;
}
