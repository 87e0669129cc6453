import type { EventEnvelope } from '../../shared/schema/event.ts';

export type DestinationName = 'segment' | 'posthog' | 'ga4' | 'amplitude' | 'mixpanel';

export interface Destinations {
  /** Analytics tools to copy Waymark's own events to, when they are on the page. */
  tools?: readonly DestinationName[];
  /** Called with every Waymark event (system and `track`). */
  callback?: (event: EventEnvelope) => void;
}

type Sender = (name: string, properties: Record<string, unknown>) => void;

/** Each tool's usual global and call; absent tools are skipped. */
const senders: Record<DestinationName, (w: any) => Sender | undefined> = {
  segment: (w) => (typeof w.analytics?.track === 'function' ? (n, p) => w.analytics.track(n, p) : undefined),
  posthog: (w) => (typeof w.posthog?.capture === 'function' ? (n, p) => w.posthog.capture(n, p) : undefined),
  ga4: (w) => (typeof w.gtag === 'function' ? (n, p) => w.gtag('event', n, p) : undefined),
  amplitude: (w) =>
    typeof w.amplitude?.track === 'function'
      ? (n, p) => w.amplitude.track(n, p)
      : typeof w.amplitude?.getInstance === 'function'
        ? (n, p) => w.amplitude.getInstance().logEvent(n, p)
        : undefined,
  mixpanel: (w) => (typeof w.mixpanel?.track === 'function' ? (n, p) => w.mixpanel.track(n, p) : undefined),
};

/**
 * Copies one event to the configured tools. Only Waymark's own events go to tools (as
 * `waymark_<type>`, a name GA4 also accepts); the app's `track` calls are its own to send.
 * A tool that throws is skipped, never the page.
 */
export function forwardToDestinations(event: EventEnvelope, destinations: Destinations, isSystemEvent: boolean, onError: (message: string) => void): void {
  if (destinations.callback) {
    try {
      destinations.callback(event);
    } catch (error) {
      onError(`destinations.callback threw: ${String(error)}`);
    }
  }
  if (!isSystemEvent || !destinations.tools?.length) return;
  const properties = {
    waymark_event_id: event.id,
    ...(event.flowId ? { flow_id: event.flowId, flow_version: event.flowVersion } : {}),
    ...(event.stepId ? { step_id: event.stepId } : {}),
    ...(event.experimentId ? { experiment_id: event.experimentId, variant: event.variant } : {}),
    ...event.props,
  };
  for (const tool of destinations.tools) {
    try {
      senders[tool]?.(window)?.(`waymark_${event.type}`, properties);
    } catch (error) {
      onError(`forwarding to ${tool} failed: ${String(error)}`);
    }
  }
}
