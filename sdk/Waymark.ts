import type { EventEnvelope } from '../shared/schema/event.ts';
import { EVENT_NAME } from '../shared/schema/eventName.ts';
import type { Flow } from '../shared/schema/flow.ts';
import { LazyAnchors } from './anchor/LazyAnchors.ts';
import { Emitter } from './emitter.ts';
import { ErrorReporter } from './ErrorReporter.ts';
import { FlowCatalog } from './engine/FlowCatalog.ts';
import { toJsonProps } from './events/toJsonProps.ts';
import { resolveOptions, type InitOptions, type WaymarkError } from './options.ts';
import { markRunning, markStopped } from './runningInstances.ts';
import type { Session } from './session/Session.ts';
import { startSession } from './session/startSession.ts';
import { LazyUi } from './ui/LazyUi.ts';

/** What a listener receives: `error` gets problems; every other type (and `event`, for all) gets an event envelope. */
export type WaymarkPayload<K extends string> = K extends 'error' ? WaymarkError : EventEnvelope;

export interface StartOptions {
  /** Start even if the flow's frequency says it was already shown. */
  force?: boolean;
}

/**
 * One SDK instance, created by `init`: the public API. It checks arguments, keeps anything from
 * throwing into the host page, and hands the work to the session once start-up has made it.
 */
export class Waymark {
  /** Resolves once storage is open and the flows are loaded. */
  readonly ready: Promise<void>;
  private readonly emitter: Emitter<Record<string, EventEnvelope | WaymarkError>>;
  private readonly errors: ErrorReporter;
  private readonly catalog = new FlowCatalog();
  private readonly ui = new LazyUi((message) => this.report({ code: 'load_failed', message }));
  private readonly anchors = new LazyAnchors((message) => this.report({ code: 'load_failed', message }));
  private session: Session | null = null;
  private destroyed = false;
  private readonly store: string;

  constructor(given: InitOptions = {}) {
    const options = resolveOptions(given);
    this.store = options.dbName;
    markRunning(this.store, this);
    this.emitter = new Emitter((error) => this.report({ code: 'internal', message: `a listener threw: ${String(error)}` }));
    this.errors = new ErrorReporter((error) => this.emitter.emit('error', error), options.onError);
    this.ready = startSession({
      options,
      emitter: this.emitter,
      catalog: this.catalog,
      ui: this.ui,
      anchors: this.anchors,
      api: { start: (flowId, force) => this.start(flowId, { force }), track: (name) => this.track(name) },
      report: (error) => this.report(error),
      guard: (fn) => this.guard(fn),
      destroyed: () => this.destroyed,
      replacedLate: () => void this.ready.then(() => this.guard(() => this.session?.onFlowsReplaced())),
    })
      .then((session) => {
        this.session = session;
      })
      .catch((error) => this.report({ code: 'internal', message: String(error) }));
  }

  // ---- public API (every entry point is guarded: nothing throws into the host page) ----

  /** `options.userHash`: the identity-verification hash of this user id (see `server.userHash`). */
  identify(userId: unknown, traits?: unknown, options?: { userHash?: string }): void {
    this.guard(() => {
      if (typeof userId !== 'string' || userId.length === 0 || userId.length > 200) {
        return this.report({ code: 'invalid_argument', message: 'identify(userId): userId must be a non-empty string of at most 200 characters' });
      }
      const safeTraits = toJsonProps(traits);
      if (safeTraits === null) return this.report({ code: 'invalid_argument', message: 'identify(userId, traits): traits must be a plain object of JSON values' });
      const userHash = typeof options?.userHash === 'string' ? options.userHash : undefined;
      void this.ready.then(() => this.errors.guardAsync(async () => this.session?.switchUser(userId, safeTraits, userHash)));
    });
  }

  track(name: unknown, props?: unknown): void {
    this.guard(() => {
      if (typeof name !== 'string' || !EVENT_NAME.test(name)) {
        return this.report({ code: 'invalid_argument', message: 'track(name): name must be 1–200 characters of letters, digits, space and _ . : $ -' });
      }
      const safeProps = toJsonProps(props);
      if (safeProps === null) return this.report({ code: 'invalid_argument', message: `track("${name}", props): props must be a plain object of JSON values under 32 KB, nested at most 16 levels` });
      void this.ready.then(() => this.guard(() => this.session?.onTracked(name, safeProps)));
    });
  }

  start(flowId: unknown, options?: StartOptions): void {
    this.guard(() => {
      if (typeof flowId !== 'string') return this.report({ code: 'invalid_argument', message: 'start(flowId): flowId must be a string' });
      const force = options?.force === true;
      void this.ready.then(() =>
        this.guard(() => {
          const flow = this.catalog.find(flowId);
          if (!flow) return this.report({ code: 'invalid_argument', message: `start("${flowId}"): no such flow`, flowId });
          this.session?.requestStart(flow, force, true);
        }),
      );
    });
  }

  /** Opens a built-in surface: `'resource-center'`, the resource center of the page in front (e.g. from the app's own help button). */
  open(target: unknown): void {
    this.guard(() => {
      if (target !== 'resource-center') return this.report({ code: 'invalid_argument', message: 'open(target): target must be "resource-center"' });
      void this.ready.then(() => this.guard(() => {
        if (this.session?.openResourceCenter() === false) this.report({ code: 'invalid_argument', message: 'open("resource-center"): no resource center applies to this page and user' });
      }));
    });
  }

  /** Listens to one event type (`flow_completed`, a tracked name, …), `event` for all events, or `error`. */
  on<K extends string>(type: K, listener: (payload: WaymarkPayload<K>) => void): void {
    this.guard(() => {
      if (typeof type === 'string' && typeof listener === 'function') this.emitter.on(type, listener as (payload: EventEnvelope | WaymarkError) => void);
    });
  }

  off<K extends string>(type: K, listener: (payload: WaymarkPayload<K>) => void): void {
    this.guard(() => this.emitter.off(type, listener as (payload: EventEnvelope | WaymarkError) => void));
  }

  /** Sends the events waiting for delivery now (resolves when the queue is empty or the server can't take them). */
  flush(): Promise<void> {
    return this.ready
      .then(() => this.session?.flush())
      .catch((error) => this.report({ code: 'internal', message: String(error) }));
  }

  /** Removes everything the SDK added to the page and stops listening. */
  destroy(): void {
    this.guard(() => {
      this.destroyed = true;
      markStopped(this.store, this);
      this.anchors.disconnect();
      // Pending writes (the progress of a flow that just ended) are stored before the database closes.
      this.session?.close();
      this.ui.unmount();
      this.emitter.clear();
    });
  }

  /** Ids of the milestones this user has reached. */
  hasReached(milestoneId: unknown): boolean {
    try {
      return typeof milestoneId === 'string' && this.session?.hasReached(milestoneId) === true;
    } catch {
      return false;
    }
  }

  /** The flows that passed validation (read-only snapshot). */
  get flows(): readonly Flow[] {
    return this.catalog.flows;
  }

  private report(error: WaymarkError): void {
    this.errors.report(error);
  }

  private guard(fn: () => void): void {
    this.errors.guard(fn);
  }
}
