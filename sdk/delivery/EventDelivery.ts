import type { EventEnvelope } from '../../shared/schema/event.ts';
import { MAX_EVENT_BATCH_BYTES, MAX_EVENTS_PER_BATCH, MAX_KEEPALIVE_BATCH_BYTES } from '../../shared/schema/eventBatchLimits.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { deliveryOutcome, type DeliveryOutcome } from './deliveryOutcome.ts';
import { fitBatch } from './fitBatch.ts';
import { withFlushLock } from './flushLock.ts';
import { DEFAULT_BACKOFF, parseRetryAfter, retryDelayMs, type Backoff } from './retryDelay.ts';
import { trimQueue } from './trimQueue.ts';
import { watchPageLifecycle } from './watchPageLifecycle.ts';

/** Room left under the server's body limit for what the byte count does not see. */
const BATCH_BYTES = MAX_EVENT_BATCH_BYTES - 4096;
/** A request the server never answers must not hold the flush lock (and so every tab's delivery) for ever. */
const REQUEST_TIMEOUT_MS = 20_000;
/** How soon a tab that found another one flushing looks again. */
const LOCK_BUSY_RETRY_MS = 1000;
/** Consecutive 5xx answers to one batch before it is halved (or, at one event, set aside). */
const BISECT_AFTER = 3;

export interface DeliveryConfig {
  /** The server's events endpoint (route postEvents). */
  endpoint: string;
  store: WaymarkStore;
  /** Names the Web Lock, so tabs sharing a queue flush one at a time. */
  lockName: string;
  /** Events per request (at most the server's 500). */
  maxBatch: number;
  maxQueued: number;
  flushDelayMs: number;
  backoff?: Backoff;
  /** Events given up on, with why (`queue_full`, `invalid_event`, `http_403`, …). */
  onDropped: (reason: string, count: number) => void;
  onError: (message: string) => void;
  /** The identity hashes known for the users of these events (`userHashes` of the batch body). */
  userHashes?: (events: readonly EventEnvelope[]) => Record<string, string> | undefined;
}

/**
 * Delivers stored events to the server at least once: they stay in IndexedDB until the server
 * acknowledges them (it deduplicates on event id, so counts are exact). Batches, one tab at a
 * time, backs off with jitter, honours Retry-After, and sends what it can when the page hides.
 */
export class EventDelivery {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt = 0;
  private retrying = false;
  private attempt = 0;
  private maxBatch: number;
  private flushing: Promise<void> | null = null;
  private stopped = false;
  private stopWatching: (() => void) | null = null;
  /** Batch size while bisecting a batch the server keeps failing on (Infinity when not). */
  private bisectLimit = Infinity;
  private serverErrors = 0;
  /**
   * Events that alone kept failing with 5xx. They are skipped; once the server accepts other events
   * they are dropped (the server is up, so they are what it cannot take). Another 5xx means the
   * server itself is failing: they are sent again.
   */
  private suspects = new Set<string>();

  constructor(private readonly config: DeliveryConfig) {
    this.maxBatch = Math.min(MAX_EVENTS_PER_BATCH, Math.max(1, config.maxBatch));
  }

  start(): void {
    this.stopWatching = watchPageLifecycle(() => void this.sendWhileHiding().catch(() => {}), () => void this.flush());
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.stopWatching?.();
  }

  /** Called after an event is stored: keeps the queue under its cap and schedules a flush. */
  async enqueued(): Promise<void> {
    this.dropped('queue_full', await trimQueue(this.config.store, this.config.maxQueued));
    if (!this.retrying) this.schedule(this.config.flushDelayMs);
  }

  /** Sends everything queued now (also cutting short a backoff wait). */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.retrying = false;
    this.flushing ??= withFlushLock(this.config.lockName, () => this.drain())
      .then((ran) => {
        // Another tab is sending the shared queue; look again later in case it stops (closed mid-flush).
        if (!ran) this.schedule(Math.max(LOCK_BUSY_RETRY_MS, this.config.flushDelayMs));
      })
      .catch((error) => this.config.onError(`event delivery failed: ${String(error)}`))
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  /** Flushes after `delay`, or sooner if a flush is already due sooner. */
  private schedule(delay: number): void {
    if (this.stopped || (this.timer !== undefined && this.dueAt <= Date.now() + delay)) return;
    this.setTimer(delay);
  }

  /** Waits out a failure: this delay replaces any flush already planned (so a Retry-After is kept). */
  private retryLater(delay: number): void {
    if (this.stopped) return;
    this.retrying = true;
    this.setTimer(delay);
  }

  private setTimer(delay: number): void {
    clearTimeout(this.timer);
    this.dueAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const batch = fitBatch(await this.nextEvents(), BATCH_BYTES);
      if (batch.length === 0) return;
      const outcome = await this.send(batch, false);
      if (outcome.kind === 'retry') {
        if (outcome.serverError) this.bisect(batch);
        this.attempt += 1;
        this.retryLater(retryDelayMs(this.attempt, outcome.retryAfterMs, Math.random, this.config.backoff ?? DEFAULT_BACKOFF));
        return;
      }
      this.attempt = 0;
      this.serverErrors = 0;
      if (outcome.kind === 'delivered') await this.dropSuspects();
      await this.settle(batch, outcome);
    }
  }

  /** The oldest queued events, at most one batch, without the suspects. */
  private async nextEvents(): Promise<EventEnvelope[]> {
    const limit = Math.min(this.maxBatch, this.bisectLimit);
    const events = await this.config.store.listEvents(limit + this.suspects.size);
    return events.filter((e) => !this.suspects.has(e.id)).slice(0, limit);
  }

  /** A batch keeps failing with 5xx: it may hold one event the server cannot take. Halve it until that event is alone. */
  private bisect(batch: EventEnvelope[]): void {
    if (this.suspects.size > 0) {
      // Events without the suspects fail too: the server is failing, not one event.
      this.suspects.clear();
      this.bisectLimit = Infinity;
      this.serverErrors = 0;
      return;
    }
    if (++this.serverErrors < BISECT_AFTER) return;
    this.serverErrors = 0;
    if (batch.length > 1) this.bisectLimit = Math.ceil(batch.length / 2);
    else this.suspects.add(batch[0]!.id);
  }

  private async dropSuspects(): Promise<void> {
    if (this.suspects.size === 0) return;
    const ids = [...this.suspects];
    this.suspects.clear();
    this.bisectLimit = Infinity;
    await this.config.store.removeEvents(ids);
    this.dropped('server_error', ids.length);
  }

  private async settle(batch: EventEnvelope[], outcome: Exclude<DeliveryOutcome, { kind: 'retry' }>): Promise<void> {
    const { store } = this.config;
    switch (outcome.kind) {
      case 'delivered':
        return store.removeEvents(batch.map((e) => e.id));
      case 'drop_one':
        await store.removeEvents([batch[outcome.index]!.id]);
        return this.dropped(outcome.reason, 1);
      case 'split':
        this.maxBatch = Math.max(1, Math.floor(batch.length / 2));
        return;
      case 'drop':
        await store.removeEvents(batch.map((e) => e.id));
        return this.dropped(outcome.reason, batch.length);
    }
  }

  private body(batch: readonly EventEnvelope[]): string {
    const userHashes = this.config.userHashes?.(batch);
    return JSON.stringify(userHashes ? { events: batch, userHashes } : { events: batch });
  }

  private async send(batch: EventEnvelope[], keepalive: boolean): Promise<DeliveryOutcome> {
    let response: Response;
    try {
      response = await fetch(this.config.endpoint, {
        method: 'POST',
        // text/plain needs no CORS preflight, and is what sendBeacon would send.
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: this.body(batch),
        credentials: 'omit',
        keepalive,
        ...(keepalive || typeof AbortSignal.timeout !== 'function' ? {} : { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
      });
    } catch {
      return { kind: 'retry' };
    }
    const body: unknown = response.ok ? null : await response.json().catch(() => null);
    return deliveryOutcome(response.status, body, parseRetryAfter(response.headers.get('retry-after'), Date.now()), batch.length);
  }

  /**
   * The page is going away (or may be frozen): send one keepalive-sized batch. If the page dies
   * before the answer, the events stay stored and go again next time; the server drops the copy.
   */
  private async sendWhileHiding(): Promise<void> {
    if (this.stopped) return;
    const batch = fitBatch(await this.config.store.listEvents(this.maxBatch), MAX_KEEPALIVE_BATCH_BYTES);
    if (batch.length === 0) return;
    if (typeof fetch !== 'function') {
      navigator.sendBeacon?.(this.config.endpoint, new Blob([this.body(batch)], { type: 'text/plain' }));
      return;
    }
    const outcome = await this.send(batch, true);
    if (outcome.kind !== 'retry') await this.settle(batch, outcome);
  }

  private dropped(reason: string, count: number): void {
    if (count > 0) this.config.onDropped(reason, count);
  }
}
