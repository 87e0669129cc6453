import * as z from 'zod/mini';
import { uuidv7 } from '../../../shared/ids/uuidv7.ts';
import { EventEnvelope } from '../../../shared/schema/event.ts';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 6, 9);

type Fields = Partial<Omit<EventEnvelope, 'id' | 'type' | 'ts' | 'anonymousId' | 'sessionId'>> & { anonymousId?: string };

/** Builds schema-valid events the way the SDK sends them; `user` is the user id unless `anonymous` is set. */
export class EventLog {
  readonly events: EventEnvelope[] = [];
  private counter = 0;

  add(type: string, user: string, ts: number, fields: Fields & { anonymous?: boolean } = {}): EventEnvelope {
    const { anonymous, ...rest } = fields;
    const random = new Uint8Array(10);
    new DataView(random.buffer).setUint32(6, ++this.counter);
    const event = z.parse(EventEnvelope, {
      id: uuidv7(ts, random),
      type,
      ts,
      anonymousId: `anon-${user}`,
      sessionId: `s-${user}`,
      ...(anonymous ? {} : { userId: user }),
      props: {},
      ...rest,
    });
    this.events.push(event);
    return event;
  }

  /** A tour run: started, steps shown in order (by index), then completed or dismissed on the last shown step. */
  tour(user: string, ts: number, flowId: string, steps: readonly string[], shown: number, end: 'completed' | 'dismissed' | 'none', version = 1): void {
    const base = { flowId, flowVersion: version };
    this.add('flow_started', user, ts, { ...base, props: { manual: false } });
    for (let i = 0; i < shown; i++) this.add('step_shown', user, ts + (i + 1) * 1000, { ...base, stepId: steps[i]!, props: { index: i, total: steps.length } });
    const last = steps[Math.max(0, shown - 1)]!;
    if (end === 'completed') this.add('flow_completed', user, ts + (shown + 1) * 1000, { ...base, stepId: last, props: {} });
    if (end === 'dismissed') this.add('flow_dismissed', user, ts + (shown + 1) * 1000, { ...base, stepId: last, props: { reason: 'user' } });
  }

  milestone(user: string, ts: number, milestone: string, stage = 'activation'): void {
    this.add('milestone_reached', user, ts, { props: { milestone, name: milestone, stage, via: 'event' } });
  }
}
