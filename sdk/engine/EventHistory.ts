import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readHistory, writeHistory } from '../storage/records/history.ts';

const MAX_TIMES_PER_EVENT = 200;
const MAX_EVENT_NAMES = 300;

/**
 * When each event was tracked for this user (the latest 200 times per name), so audience rules
 * like "tracked widget_saved at least once in the last 7 days" can be answered without a server.
 */
export class EventHistory {
  private times = new Map<string, number[]>();
  private userKey = '';
  private saveScheduled = false;
  /** False while this user's stored history is being read: what is recorded meanwhile is merged in, then saved. */
  private loaded = false;

  constructor(private readonly store: WaymarkStore) {}

  async load(userKey: string): Promise<void> {
    // Events tracked before the first load (a start that did not wait for storage) are this user's too.
    const early = this.userKey === '' ? this.times : new Map<string, number[]>();
    this.userKey = userKey;
    this.loaded = false;
    this.times = new Map();
    const stored = await readHistory(this.store, userKey);
    if (this.userKey !== userKey) return;
    const recorded = this.times;
    this.times = new Map();
    for (const [name, list] of Object.entries(stored)) {
      if (Array.isArray(list)) this.times.set(name, list.filter((t): t is number => typeof t === 'number'));
    }
    this.loaded = true;
    for (const source of [early, recorded]) for (const [name, list] of source) for (const at of list) this.record(name, at);
  }

  record(name: string, at: number): void {
    if (!this.times.has(name) && this.times.size >= MAX_EVENT_NAMES) return;
    const list = this.times.get(name) ?? [];
    list.push(at);
    if (list.length > MAX_TIMES_PER_EVENT) list.splice(0, list.length - MAX_TIMES_PER_EVENT);
    this.times.set(name, list);
    this.scheduleSave();
  }

  count(name: string, sinceMs: number | undefined): number {
    const list = this.times.get(name) ?? [];
    return sinceMs === undefined ? list.length : list.filter((t) => t >= sinceMs).length;
  }

  private scheduleSave(): void {
    if (this.saveScheduled || !this.loaded) return;
    this.saveScheduled = true;
    queueMicrotask(() => {
      this.saveScheduled = false;
      void writeHistory(this.store, this.userKey, Object.fromEntries(this.times)).catch(() => {});
    });
  }
}
