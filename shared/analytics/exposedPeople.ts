import type { Experiment } from '../schema/experiment.ts';
import type { ExperimentArmsOptions } from './experimentArms.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';
import type { UserEvent } from './UserEvent.ts';
import { DAY_MS } from './utcDay.ts';

export interface ExposedPerson {
  variant: string;
  /** The first exposure. */
  entry: UserEvent;
  /** First time the goal was reached at or after the exposure, within the attribution window. */
  reached: number | null;
}

/**
 * The people experimentArms counts, with what the other experiment reports need: each person's
 * first exposure (an arm the experiment still has, inside the date range) and first goal in the
 * window. `selected` is every event of the environment, in time order, for further questions.
 */
export function exposedPeople(events: Parameters<typeof selectEvents>[0], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions = {}): { people: Map<string, ExposedPerson>; selected: UserEvent[] } {
  const selected = selectEvents(events, options.env === undefined ? {} : { env: options.env });
  const first = new Map<string, UserEvent>();
  for (const e of selected) if (e.type === 'experiment_exposure' && e.experimentId === experiment.key && !first.has(e.user)) first.set(e.user, e);
  const keys = new Set(experiment.variants.map((v) => v.key));
  const { from = -Infinity, to = Infinity } = options;
  const people = new Map<string, ExposedPerson>();
  for (const [user, entry] of first) {
    if (entry.variant === undefined || !keys.has(entry.variant) || entry.ts < from || entry.ts >= to) continue;
    people.set(user, { variant: entry.variant, entry, reached: null });
  }
  const window = experiment.attributionDays * DAY_MS;
  for (const e of selected) {
    const p = people.get(e.user);
    if (p && p.reached === null && isMilestone(e, experiment.goal) && e.ts >= p.entry.ts && e.ts - p.entry.ts <= window) p.reached = e.ts;
  }
  return { people, selected };
}
