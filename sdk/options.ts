import type { Theme } from '../shared/schema/theme.ts';
import type { Destinations } from './delivery/forwardToDestinations.ts';
import { serverEndpoints, type ServerOptions } from './delivery/serverEndpoints.ts';
import { DEFAULT_BACKOFF, type Backoff } from './delivery/retryDelay.ts';
import { toJsonProps } from './events/toJsonProps.ts';

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
  /**
   * The signed-in user's id (1–200 characters); anonymous until set (see `identify`).
   * @default undefined (anonymous)
   */
  userId?: string;
  /**
   * User traits for audience rules (plain JSON values).
   * @default {}
   */
  traits?: Record<string, unknown>;
  /**
   * Locale for content variants, e.g. `de`.
   * @default the page's `<html lang>` (read when content is shown), then the flow's default
   */
  locale?: string;
  /**
   * Whether the URL fragment is the app's route, so page rules see `#/active` as part of the path
   * (`/#/active`). `'auto'`: fragments starting with `#/` or `#!/` are routes, others
   * (`#pricing`) are not. `true`: every fragment is a route; `false`: fragments are ignored.
   * @default 'auto'
   */
  hashRouting?: boolean | 'auto';
  /** Brand overrides for every flow; a flow's own theme wins. */
  theme?: Theme;
  /**
   * IndexedDB database name.
   * @default 'waymark'
   */
  dbName?: string;
  /**
   * Called for every problem (invalid flows, bad arguments, storage fallback).
   * @default one console warning per problem
   */
  onError?: (error: WaymarkError) => void;
  /**
   * How a button's same-origin URL action navigates.
   * @default `history.pushState` plus a `popstate` event, so SPA routers follow
   */
  navigate?: (url: string) => void;
  /**
   * Least time between two automatically started blocking experiences (tours, modals, surveys),
   * so users are not shown one after another. `start()` ignores it. 0: no gap.
   * @default 0
   */
  blockingGapMs?: number;
  /**
   * A Waymark server: its published flows are loaded (with ETag, cached in IndexedDB so the SDK
   * keeps working while the server is down) and events are delivered to it, at least once.
   */
  server?: ServerOptions;
  /** Copy events to analytics tools on the page (Segment, PostHog, GA4, Amplitude, Mixpanel) and/or a callback. */
  destinations?: Destinations;
  /**
   * Most events kept waiting for delivery; when full, the oldest are dropped (and counted). At least 1.
   * @default 5000
   */
  maxQueuedEvents?: number;
  /**
   * How long new events (and user state changes) wait to be sent together, in ms.
   * @default 1000
   */
  flushIntervalMs?: number;
  /**
   * Backoff between delivery attempts while the server fails: doubling from `baseDelayMs` up to
   * `maxDelayMs`, with jitter; `Retry-After` wins when longer.
   * @default { baseDelayMs: 1000, maxDelayMs: 300000 }
   */
  retry?: { baseDelayMs?: number; maxDelayMs?: number };
  /**
   * Evaluate and start flows automatically (page rules, events).
   * @default true
   */
  autoStart?: boolean;
}

/** The server options with their defaults applied and its endpoints worked out. */
export interface ResolvedServer {
  url: string;
  publicKey: string;
  env: 'production' | 'staging';
  /** A user hash given as a string (for `userId`); a function is in `hashFor`. */
  userHash: string | undefined;
  hashFor: ((userId: string) => string | Promise<string>) | undefined;
  syncUserState: boolean;
  endpoints: ReturnType<typeof serverEndpoints>;
}

/** Every option with its default applied (`@default` above): the only place defaults are filled in. */
export interface ResolvedOptions {
  flows: unknown;
  flowsUrl: string | undefined;
  userId: string | undefined;
  traits: Record<string, unknown>;
  /** The explicit locale; the page's `<html lang>` is read when content is shown. */
  locale: string | undefined;
  hashRouting: boolean | 'auto';
  theme: Theme | undefined;
  dbName: string;
  onError: InitOptions['onError'];
  navigate: InitOptions['navigate'];
  blockingGapMs: number;
  server: ResolvedServer | undefined;
  destinations: Destinations | undefined;
  maxQueuedEvents: number;
  flushIntervalMs: number;
  retry: Backoff;
  autoStart: boolean;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const positive = (value: unknown, fallback: number) => (finite(value) && value > 0 ? value : fallback);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Applies the defaults to what `init` was given (anything not an object counts as `{}`). */
export function resolveOptions(given: unknown): ResolvedOptions {
  const o: InitOptions = typeof given === 'object' && given !== null ? given : {};
  const baseMs = positive(o.retry?.baseDelayMs, DEFAULT_BACKOFF.baseMs);
  const server = o.server;
  return {
    flows: o.flows,
    flowsUrl: text(o.flowsUrl),
    userId: text(o.userId),
    traits: toJsonProps(o.traits) ?? {},
    locale: text(o.locale),
    hashRouting: typeof o.hashRouting === 'boolean' ? o.hashRouting : 'auto',
    theme: o.theme,
    dbName: text(o.dbName) ?? 'waymark',
    onError: typeof o.onError === 'function' ? o.onError : undefined,
    navigate: typeof o.navigate === 'function' ? o.navigate : undefined,
    blockingGapMs: finite(o.blockingGapMs) ? Math.max(0, o.blockingGapMs) : 0,
    server: server
      ? {
          url: server.url,
          publicKey: server.publicKey,
          env: server.env ?? 'production',
          userHash: typeof server.userHash === 'string' ? server.userHash : undefined,
          hashFor: typeof server.userHash === 'function' ? server.userHash : undefined,
          syncUserState: server.syncUserState !== false,
          endpoints: serverEndpoints(server),
        }
      : undefined,
    destinations: o.destinations,
    maxQueuedEvents: finite(o.maxQueuedEvents) ? Math.max(1, o.maxQueuedEvents) : 5000,
    flushIntervalMs: finite(o.flushIntervalMs) ? Math.max(0, o.flushIntervalMs) : 1000,
    retry: { baseMs, maxMs: Math.max(baseMs, positive(o.retry?.maxDelayMs, DEFAULT_BACKOFF.maxMs)) },
    autoStart: o.autoStart !== false,
  };
}
