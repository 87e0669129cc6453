import type { Theme } from '../shared/schema/theme.ts';
import type { Destinations } from './delivery/forwardToDestinations.ts';
import type { ServerOptions } from './delivery/serverEndpoints.ts';

/** A problem the SDK met; it never throws into the page, it reports here instead. */
export interface WaymarkError {
  /** What kind of problem: an invalid flow, a failed API call, storage falling back to memory, … */
  code: 'invalid_flow' | 'invalid_bundle' | 'invalid_argument' | 'storage_fallback' | 'load_failed' | 'events_dropped' | 'sync_failed' | 'internal';
  message: string;
  flowId?: string;
  /** Validation problems, each as `path: problem`. */
  details?: string[];
}

export interface InitOptions {
  /** Flows given inline: a bundle (`{ schemaVersion, flows, milestones }`) or an array of flow documents. */
  flows?: unknown;
  /** URL of a bundle JSON to load (e.g. one exported by the builder). Loaded in addition to `flows`. */
  flowsUrl?: string;
  /** The signed-in user's id; anonymous until set (see `identify`). */
  userId?: string;
  /** User traits for audience rules. */
  traits?: Record<string, unknown>;
  /** Locale for content variants, e.g. `de`. Default: the page's `<html lang>`, then the flow's default. */
  locale?: string;
  /**
   * Whether the URL fragment is the app's route, so page rules see `#/active` as part of the path
   * (`/#/active`). `'auto'` (default): fragments starting with `#/` or `#!/` are routes, others
   * (`#pricing`) are not. `true`: every fragment is a route; `false`: fragments are ignored.
   */
  hashRouting?: boolean | 'auto';
  /** Brand overrides for every flow; a flow's own theme wins. */
  theme?: Theme;
  /** IndexedDB database name. Default `waymark`. */
  dbName?: string;
  /** Called for every problem (invalid flows, bad arguments, storage fallback). Default: one console warning each. */
  onError?: (error: WaymarkError) => void;
  /** How a button's same-origin URL action navigates. Default: `history.pushState` plus a `popstate` event, so SPA routers follow. */
  navigate?: (url: string) => void;
  /**
   * Least time between two automatically started blocking experiences (tours, modals, surveys),
   * so users are not shown one after another. `start()` ignores it. Default 0 (no gap).
   */
  blockingGapMs?: number;
  /**
   * A Waymark server: its published flows are loaded (with ETag, cached in IndexedDB so the SDK
   * keeps working while the server is down) and events are delivered to it, at least once.
   */
  server?: ServerOptions;
  /** Copy events to analytics tools on the page (Segment, PostHog, GA4, Amplitude, Mixpanel) and/or a callback. */
  destinations?: Destinations;
  /** Most events kept waiting for delivery; when full, the oldest are dropped (and counted). Default 5000. */
  maxQueuedEvents?: number;
  /** How long new events (and user state changes) wait to be sent together. Default 1000 ms. */
  flushIntervalMs?: number;
  /** Backoff between delivery attempts while the server fails: doubling from `baseDelayMs` (1000) up to `maxDelayMs` (300000), with jitter; `Retry-After` wins when longer. */
  retry?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Evaluate and start flows automatically (page rules, events). Default true. */
  autoStart?: boolean;
}
