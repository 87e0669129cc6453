import type { EventEnvelope } from '../../shared/schema/event.ts';
import { systemEventTypes } from '../../shared/schema/eventName.ts';
import { forwardToDestinations, type Destinations } from '../delivery/forwardToDestinations.ts';
import { trimQueue } from '../delivery/trimQueue.ts';
import type { Delivery, Sync } from '../delivery/LazyServer.ts';
import type { Emitter } from '../emitter.ts';
import type { EventHistory } from '../engine/EventHistory.ts';
import type { ExperimentGate } from '../engine/ExperimentGate.ts';
import type { Identity } from '../identity.ts';
import type { WaymarkError } from '../options.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { createEvent, type EventFields } from './createEvent.ts';
import { entryProps } from '../../shared/targeting/entryProps.ts';

const SYSTEM_EVENTS = new Set<string>(systemEventTypes);

export interface PipelineParts {
  identity: Identity;
  store: WaymarkStore;
  experiments: ExperimentGate;
  history: EventHistory;
  emitter: Emitter<Record<string, EventEnvelope | WaymarkError>>;
  delivery: Delivery | undefined;
  sync: Sync | undefined;
  destinations: Destinations | undefined;
  maxQueued: number;
  report: (error: WaymarkError) => void;
}

/**
 * Where every event goes: tagged with its experiment arm, stored in the queue (for the server, or
 * trimmed to its cap without one), copied to the page's analytics tools, counted in the history
 * for audience rules, and given to the page's listeners.
 */
export class EventPipeline {
  private entryContext: () => { traits: unknown; breakdownTraits: readonly string[] | undefined } = () => ({ traits: {}, breakdownTraits: undefined });

  constructor(private readonly parts: PipelineParts) {}

  /** Where entry events (exposures, flow starts) read the user's traits and the bundle's breakdownTraits for their breakdown props. */
  setEntryContext(read: () => { traits: unknown; breakdownTraits: readonly string[] | undefined }): void {
    this.entryContext = read;
  }

  emit(type: string, fields: EventFields): void {
    const { identity, store, experiments, delivery, sync, destinations, history, emitter, report } = this.parts;
    const tag = fields.flowId && !fields.experimentId ? experiments.tagFor(fields.flowId) : undefined;
    if (tag) fields = { ...fields, ...tag };
    if (type === 'experiment_exposure' || type === 'flow_started') {
      const { traits, breakdownTraits } = this.entryContext();
      fields = { ...fields, props: { ...fields.props, ...entryProps(innerWidth, matchMedia('(pointer: coarse)').matches, traits, breakdownTraits) } };
    }
    const event = createEvent(type, { ...(identity.userId ? { userId: identity.userId } : {}), anonymousId: identity.anonymousId, sessionId: identity.sessionId }, fields);
    if (type === 'experiment_exposure' || type === 'flow_started') sync?.experimentsAssigned(experiments.assignments);
    void store
      .addEvent(event)
      .then(() => (delivery ? delivery.enqueued() : trimQueue(store, this.parts.maxQueued).then(() => {})))
      .catch((error) => report({ code: 'internal', message: `could not store event: ${String(error)}` }));
    if (destinations) forwardToDestinations(event, destinations, SYSTEM_EVENTS.has(type), (message) => report({ code: 'internal', message }));
    history.record(type, event.ts);
    if (type !== 'event' && type !== 'error') emitter.emit(type, event);
    emitter.emit('event', event);
  }
}
