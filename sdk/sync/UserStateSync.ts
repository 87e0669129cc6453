import { readErrorBody } from '../../shared/api/errorBody.ts';
import { mergeUserState } from '../../shared/state/mergeUserState.ts';
import type { UserState } from '../../shared/schema/userState.ts';
import { emptyUserState } from '../../shared/state/emptyUserState.ts';
import { loadUserStateCheck } from '../engine/loadUserStateCheck.ts';
import { yieldToMain } from '../yieldToMain.ts';
import { readPending, writePending } from '../storage/records/pending.ts';
import { parseRetryAfter, retryDelayMs, type Backoff } from '../delivery/retryDelay.ts';
import type { FlowProgress } from '../storage/progress.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { toFlowState } from './flowState.ts';
import { watchPageLifecycle } from '../delivery/watchPageLifecycle.ts';
import { changesSince, isEmptyChange, readLocalUserState, writeLocalUserState } from './localUserState.ts';

export interface UserStateSyncConfig {
  /** The user's state on the server (routes getUserState and putUserState). */
  url: (userId: string) => string;
  store: WaymarkStore;
  backoff: Backoff;
  /** How long changes wait to be sent together. */
  debounceMs: number;
  /** Longest wait for the server's state at start-up before going on with what is stored here. */
  pullTimeoutMs: number;
  onError: (message: string) => void;
}

const RETRIED = new Set([408, 425, 429]);

/**
 * Keeps one signed-in user's onboarding state (flow progress, milestones, experiment arms) the
 * same on every device: pulls the server's copy and merges it into what is stored here before
 * the engine reads it, and sends local changes (debounced, merged, kept in IndexedDB and retried
 * with backoff while the server cannot be reached). Merging is `shared/state/mergeUserState`.
 */
export class UserStateSync {
  private userId: string | undefined;
  private userHash: string | undefined;
  private pending: UserState | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private sending: Promise<void> | null = null;
  private refused = false;
  private stopped = false;
  private readonly stopWatching: () => void;

  constructor(private readonly config: UserStateSyncConfig) {
    this.stopWatching = watchPageLifecycle(() => void this.push(true), () => this.schedule(0));
  }

  /**
   * Switches to `userId`: merges the server's state into the local records under `userKey`
   * (so the engine, loading them next, sees progress made on other devices) and queues what
   * only this device knows. Never throws; gives up waiting after `pullTimeoutMs`.
   */
  async pull(userId: string, userKey: string, userHash: string | undefined): Promise<void> {
    if (this.userId && this.userId !== userId) await this.push(false);
    this.userId = userId;
    this.userHash = userHash;
    this.refused = false;
    this.attempt = 0;
    const { store } = this.config;
    this.pending = await this.loadPending(userId);
    let remote: UserState | undefined;
    try {
      remote = await this.fetchState(userId);
    } catch (error) {
      this.config.onError(`could not load the user state of ${userId}: ${errorMessage(error)} (using what this device has)`);
    }
    const local = await readLocalUserState(store, userKey, userId, Date.now());
    if (remote) {
      const merged = mergeUserState(remote, local);
      await writeLocalUserState(store, userKey, local, merged);
      this.add(changesSince(remote, merged));
    } else {
      this.add(local);
    }
    this.schedule(this.config.debounceMs);
  }

  /** A flow's progress changed on this device. */
  flowChanged(progress: FlowProgress): void {
    if (!this.userId || progress.userKey !== `u:${this.userId}`) return;
    this.add({ ...emptyUserState(this.userId), flows: { [progress.flowId]: toFlowState(progress) }, updatedAt: progress.updatedAt });
  }

  /** A milestone was reached on this device, at `at`. */
  milestoneReached(milestoneId: string, at: number): void {
    if (!this.userId) return;
    this.add({ ...emptyUserState(this.userId), milestones: { [milestoneId]: at }, updatedAt: at });
  }

  /** Experiment assignments made on this device (sticky: the server keeps the first). */
  experimentsAssigned(assignments: UserState['experiments']): void {
    if (!this.userId || !Object.keys(assignments).length) return;
    const experiments: UserState['experiments'] = {};
    for (const [key, a] of Object.entries(assignments)) experiments[key] = { variant: a.variant, bucketVersion: a.bucketVersion, assignedAt: a.assignedAt };
    this.add({ ...emptyUserState(this.userId), experiments, updatedAt: Date.now() });
  }

  /** Sends what is waiting now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.push(false);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.stopWatching();
  }

  private add(change: UserState): void {
    if (!this.userId || this.refused || isEmptyChange(change) || change.userId !== this.userId) return;
    this.pending = this.pending ? mergeUserState(this.pending, change) : change;
    this.savePending();
    if (!this.attempt) this.schedule(this.config.debounceMs);
  }

  private schedule(delay: number): void {
    if (this.stopped || this.timer !== undefined || !this.pending) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.push(false);
    }, delay);
  }

  private async push(keepalive: boolean): Promise<void> {
    if (this.sending && !keepalive) return this.sending;
    const userId = this.userId;
    const sent = this.pending;
    if (!userId || !sent || this.refused) return;
    if (keepalive) return void this.request('PUT', userId, sent, true).catch(() => {});
    this.pending = null;
    this.sending = this.send(userId, sent).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async send(userId: string, sent: UserState): Promise<void> {
    let retryAfterMs: number | undefined;
    try {
      const response = await this.request('PUT', userId, sent, false);
      if (response.ok) {
        this.attempt = 0;
        if (!this.pending) await writePending(this.config.store, userId, null).catch(() => {});
        else this.schedule(this.config.debounceMs);
        return;
      }
      if (response.status < 500 && !RETRIED.has(response.status)) {
        // Refused for good (identity not verified, invalid state): keep it from retrying for ever.
        this.refused = response.status === 401 || response.status === 403;
        this.config.onError(`the server refused the user state of ${userId}: ${response.status} ${await errorText(response)}`);
        if (!this.pending) await writePending(this.config.store, userId, null).catch(() => {});
        return;
      }
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    } catch {
      // Offline or the server is down: keep the changes and try again.
    }
    if (this.userId !== userId) {
      await this.mergePendingFor(userId, sent);
      return;
    }
    this.pending = this.pending ? mergeUserState(sent, this.pending) : sent;
    this.savePending();
    this.attempt += 1;
    this.schedule(retryDelayMs(this.attempt, retryAfterMs, Math.random, this.config.backoff));
  }

  private request(method: 'GET' | 'PUT', userId: string, body: UserState | undefined, keepalive: boolean): Promise<Response> {
    return fetch(this.config.url(userId), {
      method,
      credentials: 'omit',
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(this.userHash ? { 'x-waymark-user-hash': this.userHash } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      keepalive,
      ...(keepalive || typeof AbortSignal.timeout !== 'function' ? {} : { signal: AbortSignal.timeout(this.config.pullTimeoutMs * 4) }),
    });
  }

  private async fetchState(userId: string): Promise<UserState> {
    const response = await fetch(this.config.url(userId), {
      credentials: 'omit',
      headers: this.userHash ? { 'x-waymark-user-hash': this.userHash } : {},
      ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(this.config.pullTimeoutMs) } : {}),
    });
    if (!response.ok) {
      if (response.status === 401 || response.status === 403) this.refused = true;
      throw new Error(`HTTP ${response.status} ${await errorText(response)}`);
    }
    const body: unknown = await response.json();
    // Setting up the schema (on first use) and checking the state are tasks of their own, not the response's.
    await yieldToMain();
    const { parseUserState } = await loadUserStateCheck();
    await yieldToMain();
    const parsed = parseUserState(body);
    if (!parsed.ok) throw new Error(`invalid user state: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }

  private async loadPending(userId: string): Promise<UserState | null> {
    return readPending(this.config.store, userId).catch(() => null);
  }

  private async mergePendingFor(userId: string, state: UserState): Promise<void> {
    const stored = await this.loadPending(userId);
    await writePending(this.config.store, userId, stored ? mergeUserState(stored, state) : state).catch(() => {});
  }

  private savePending(): void {
    if (!this.userId) return;
    void writePending(this.config.store, this.userId, this.pending).catch(() => {});
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function errorText(response: Response): Promise<string> {
  const error = readErrorBody(await response.json().catch(() => null));
  return error ? `${error.code} ${error.message}` : '';
}
