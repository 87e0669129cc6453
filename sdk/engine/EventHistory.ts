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

  constructor(private readonly store: WaymarkStore) {}

  async load(userKey: string): Promise<void> {
    this.userKey = userKey;
    this.times = new Map();
    for (const [name, list] of Object.entries(await readHistory(this.store, userKey))) {
      if (Array.isArray(list)) this.times.set(name, list.filter((t): t is number => typeof t === 'number'));
    }
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
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    queueMicrotask(() => {
      this.saveScheduled = false;
      void writeHistory(this.store, this.userKey, Object.fromEntries(this.times)).catch(() => {});
    });
  }
}
