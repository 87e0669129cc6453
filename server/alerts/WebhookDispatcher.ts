import { randomUUID } from 'node:crypto';
import type { Db } from '../db/Db.ts';
import type { AlertEvent, AlertOptions } from './AlertEvent.ts';
import { checkWebhookUrl, privateWebhooksAllowed } from './checkWebhookUrl.ts';
import { postWebhook } from './postWebhook.ts';
import { publicOnlyLookup } from './publicOnlyLookup.ts';
import { signWebhook } from './signWebhook.ts';
import { getPendingDelivery, listPendingDeliveries, queueDeliveries, recordAttempt } from './webhookStore.ts';

/**
 * Sends alerts to a project's webhook endpoints: each delivery is stored first (the log), posted
 * signed, and retried with exponential backoff until it succeeds or runs out of attempts. Timers
 * are unref'd, so a pending retry never keeps the process alive; pending rows outlive a restart
 * and are rescheduled by `sweep` (run once when the API starts).
 */
export class WebhookDispatcher {
  readonly #db: Db;
  readonly #options: Required<Pick<AlertOptions, 'retryBaseMs' | 'maxAttempts' | 'timeoutMs'>>;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<string>();
  #closed = false;

  constructor(db: Db, options: AlertOptions = {}) {
    this.#db = db;
    this.#options = { retryBaseMs: options.retryBaseMs ?? 10_000, maxAttempts: options.maxAttempts ?? 6, timeoutMs: options.timeoutMs ?? 10_000 };
  }

  /** Queues the event for every endpoint of the project that takes it, and starts sending. */
  async send(project: { id: string; name: string }, event: AlertEvent): Promise<void> {
    const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: event.type, text: event.text, project: { id: project.id, name: project.name }, data: event.data, createdAt: Date.now() });
    for (const id of await queueDeliveries(this.#db, project.id, event.type, body)) void this.#attempt(id);
  }

  /** Schedules the deliveries a previous process left pending, each at its retry time. */
  async sweep(): Promise<void> {
    for (const { id, dueAt } of await listPendingDeliveries(this.#db)) this.#later(Math.max(0, dueAt - Date.now()), () => void this.#attempt(id));
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #later(ms: number, work: () => void): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    this.#timers.add(timer);
  }

  async #attempt(id: string): Promise<void> {
    if (this.#closed || this.#inFlight.has(id)) return;
    this.#inFlight.add(id);
    try {
      const delivery = await getPendingDelivery(this.#db, id);
      if (!delivery) return;
      const attempts = delivery.attempts + 1;
      let statusCode: number | null = null;
      let error: string | null = null;
      const refused = await checkWebhookUrl(delivery.url);
      if (refused) error = `refused: ${refused}`;
      else {
        try {
          const timestamp = Date.now();
          statusCode = await postWebhook({
            url: delivery.url,
            timeoutMs: this.#options.timeoutMs,
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'Waymark-Webhooks',
              'X-Waymark-Event': delivery.type,
              'X-Waymark-Delivery': delivery.id,
              'X-Waymark-Signature': signWebhook(delivery.secret, delivery.body, timestamp),
            },
            body: delivery.body,
            ...(privateWebhooksAllowed() ? {} : { lookup: publicOnlyLookup() }),
          });
          if (statusCode < 200 || statusCode >= 300) error = `the receiver answered ${statusCode}`;
        } catch (failure) {
          const name = (failure as Error).name;
          error = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${this.#options.timeoutMs} ms` : (failure as Error).message;
        }
      }
      if (error === null) return void (await recordAttempt(this.#db, id, { status: 'delivered', attempts, statusCode, error, nextAttemptAt: null }));
      const retry = attempts < this.#options.maxAttempts && !error.startsWith('refused');
      const delay = this.#options.retryBaseMs * 4 ** (attempts - 1);
      await recordAttempt(this.#db, id, { status: retry ? 'pending' : 'failed', attempts, statusCode, error, nextAttemptAt: retry ? Date.now() + delay : null });
      if (retry) this.#later(delay, () => void this.#attempt(id));
    } catch (failure) {
      if (!this.#closed) console.error('waymark: webhook delivery failed to run', id, (failure as Error).message);
    } finally {
      this.#inFlight.delete(id);
    }
  }
}
