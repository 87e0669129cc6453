import type { Experiment } from '../schema/experiment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { ExperimentArmsOptions } from './experimentArms.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';
import { DAY_MS, fillDays, utcDay } from './utcDay.ts';

/** One UTC day of an experiment, per arm in the experiment's variant order. */
export interface ExperimentDay {
  /** Start of the UTC day, epoch ms. */
  day: number;
  /** Per arm: people first exposed that day, and people (of any exposure day) who first reached the goal that day. */
  arms: Array<{ key: string; exposed: number; converted: number }>;
}

/**
 * experimentArms spread over time: each person counts as exposed on the day of their first
 * exposure and as converted on the day they first reached the goal within the attribution
 * window, so summing the days up to d gives the arms as the dashboard showed them at the end of
 * day d, and summing them all gives experimentArms exactly. Days from the first exposure to the
 * last conversion, gaps filled with zeros.
 */
export function experimentDaily(events: readonly AnalyticsEvent[], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions = {}): ExperimentDay[] {
  const selected = selectEvents(events, options.env === undefined ? {} : { env: options.env });
  const exposure = new Map<string, { variant: string | undefined; ts: number }>();
  for (const e of selected) {
    if (e.type === 'experiment_exposure' && e.experimentId === experiment.key && !exposure.has(e.user)) exposure.set(e.user, { variant: e.variant, ts: e.ts });
  }
  const window = experiment.attributionDays * DAY_MS;
  const reached = new Map<string, number>();
  for (const e of selected) {
    const exposed = exposure.get(e.user);
    if (exposed && !reached.has(e.user) && isMilestone(e, experiment.goal) && e.ts >= exposed.ts && e.ts - exposed.ts <= window) reached.set(e.user, e.ts);
  }
  const keys = experiment.variants.map((v) => v.key);
  const byDay = new Map<number, Map<string, { exposed: number; converted: number }>>();
  const cell = (ts: number, key: string) => {
    const day = utcDay(ts);
    const arms = byDay.get(day) ?? byDay.set(day, new Map(keys.map((k) => [k, { exposed: 0, converted: 0 }]))).get(day)!;
    return arms.get(key)!;
  };
  const { from = -Infinity, to = Infinity } = options;
  for (const [user, { variant, ts }] of exposure) {
    if (variant === undefined || !keys.includes(variant) || ts < from || ts >= to) continue;
    cell(ts, variant).exposed++;
    const at = reached.get(user);
    if (at !== undefined) cell(at, variant).converted++;
  }
  return fillDays(byDay, () => new Map(keys.map((k) => [k, { exposed: 0, converted: 0 }]))).map(({ day, value }) => ({
    day,
    arms: keys.map((key) => ({ key, ...value.get(key)! })),
  }));
}
