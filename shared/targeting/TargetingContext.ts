import type { Anchor } from '../schema/anchor.ts';

/**
 * Everything about the visitor and their environment that an audience rule can look at.
 * `evaluateCondition` reads only this object (never the DOM, storage or the clock), so
 * the SDK builds it from live state and tests build it by hand.
 */
export interface TargetingContext {
  /** The current time in epoch milliseconds. Date windows and event look-back windows are measured from it. */
  now: number;
  /**
   * Traits of the identified user (as given to `identify`). Nested objects are reached with
   * dotted keys (`company.size`); only own properties are read, never inherited ones.
   */
  traits: Readonly<Record<string, unknown>>;
  /**
   * How many times the event `name` was tracked at or after `sinceMs` (epoch ms, inclusive);
   * `sinceMs` is `undefined` for "ever". Must return a non-negative finite number: anything
   * else (or a throw) makes the event condition unknown, which never matches.
   */
  eventCounts: (name: string, sinceMs: number | undefined) => number;
  /**
   * The visitor's history with each flow, by flow id. A flow with no entry has never been seen.
   * The record is read by own property only, so a flow id like `constructor` is safe.
   */
  flowStates: Readonly<Record<string, { seen: boolean; completed: boolean; dismissed: boolean }>>;
  /** Ids of the milestones the visitor has reached. */
  milestones: ReadonlySet<string>;
  /** The viewport: width in CSS pixels, and whether the primary pointer is touch (coarse). */
  device: { width: number; touch: boolean };
  /** Whether the element this anchor describes is currently on the page. A throw counts as unknown. */
  elementPresent: (anchor: Anchor) => boolean;
}
