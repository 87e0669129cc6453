import type { FlowProgress } from '../storage/progress.ts';
import type { UserState } from '../../shared/schema/userState.ts';
import type { DeliveryConfig, EventDelivery } from './EventDelivery.ts';
import type { UserStateSync, UserStateSyncConfig } from '../sync/UserStateSync.ts';
import type { DeliveryPart } from './loadDeliveryPart.ts';
import type { SyncPart } from '../sync/loadSyncPart.ts';
import { trimQueue } from './trimQueue.ts';
import { whenIdle } from '../whenIdle.ts';

/** Each part, requested once; null when it could not load (the loader reports it once). */
export type LoadDeliveryPart = () => Promise<typeof DeliveryPart | null>;
export type LoadSyncPart = () => Promise<typeof SyncPart | null>;

/** The delivery the event pipeline and the session talk to. */
export type Delivery = Pick<EventDelivery, 'start' | 'stop' | 'enqueued' | 'flush'>;
/** The sync the session, the pipeline and the milestones talk to. */
export type Sync = Pick<UserStateSync, 'pull' | 'flowChanged' | 'milestoneReached' | 'experimentsAssigned' | 'flush' | 'stop'>;

/**
 * Event delivery whose code arrives after the first step is on screen. Events are stored in the
 * IndexedDB queue before delivery hears of them, so none is lost meanwhile, not even if the page
 * closes first (the next page delivers them); until then the queue is kept under its cap here.
 */
export class LazyDelivery implements Delivery {
  private real: EventDelivery | null = null;
  private loading: Promise<EventDelivery | null> | null = null;
  private stopped = false;

  constructor(private readonly load: LoadDeliveryPart, private readonly config: DeliveryConfig) {}

  private delivery(): Promise<EventDelivery | null> {
    this.loading ??= this.load()
      .then((part) => {
        if (!part || this.stopped) return null;
        this.real = new part.EventDelivery(this.config);
        this.real.start();
        return this.real;
      })
      .catch((error: unknown) => {
        this.config.onError(`event delivery could not start: ${String(error)}`);
        return null;
      });
    return this.loading;
  }

  /** Loads the delivery when the page is idle; it then sends what is queued. */
  start(): void {
    if (!this.stopped) void whenIdle(1000).then(() => this.delivery());
  }

  stop(): void {
    this.stopped = true;
    this.real?.stop();
  }

  async enqueued(): Promise<void> {
    if (this.real) return this.real.enqueued();
    const dropped = await trimQueue(this.config.store, this.config.maxQueued);
    if (dropped > 0) this.config.onDropped('queue_full', dropped);
  }

  flush(): Promise<void> {
    return this.delivery().then((delivery) => delivery?.flush());
  }
}

/**
 * The user state's sync, whose code is asked for by its first use: the pull at start-up (start-up
 * requests it as it begins when there is a user to pull for, so it loads while storage opens), or
 * a change. Changes made before it arrives are handed over on arrival.
 */
export class LazySync implements Sync {
  private real: UserStateSync | null = null;
  private readonly waiting: Array<(sync: UserStateSync) => void> = [];
  private stopped = false;
  private loading: Promise<UserStateSync | null> | null = null;

  constructor(private readonly load: LoadSyncPart, private readonly config: UserStateSyncConfig) {}

  private sync(): Promise<UserStateSync | null> {
    this.loading ??= this.load()
      .then((part) => {
        if (!part || this.stopped) return null;
        const sync = new part.UserStateSync(this.config);
        this.real = sync;
        for (const call of this.waiting.splice(0)) call(sync);
        return sync;
      })
      .catch((error: unknown) => {
        this.config.onError(`user state sync could not start: ${String(error)}`);
        return null;
      });
    return this.loading;
  }

  private call(fn: (sync: UserStateSync) => void): void {
    if (this.real) return fn(this.real);
    if (this.stopped) return;
    this.waiting.push(fn);
    void this.sync();
  }

  pull(userId: string, userKey: string, userHash: string | undefined): Promise<void> {
    return this.sync().then((sync) => sync?.pull(userId, userKey, userHash));
  }

  flowChanged(progress: FlowProgress): void {
    this.call((sync) => sync.flowChanged(progress));
  }

  milestoneReached(milestoneId: string, at: number): void {
    this.call((sync) => sync.milestoneReached(milestoneId, at));
  }

  experimentsAssigned(assignments: UserState['experiments']): void {
    this.call((sync) => sync.experimentsAssigned(assignments));
  }

  /** Sends what is waiting now (nothing, when the sync was never used on this page). */
  flush(): Promise<void> {
    return this.loading ? this.loading.then((sync) => sync?.flush()) : Promise.resolve();
  }

  stop(): void {
    this.stopped = true;
    this.waiting.length = 0;
    this.real?.stop();
  }
}
