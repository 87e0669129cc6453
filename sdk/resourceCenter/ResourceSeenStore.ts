import { readSeenItems, writeSeenItems } from '../storage/records/resourceCenter.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';

const MAX_SEEN = 500;

/** Which "What's new" items each user has seen, kept in the SDK's `resourceCenter` store. */
export class ResourceSeenStore {
  private userKey: string | null = null;
  private ids = new Set<string>();
  private loading: Promise<void> | null = null;

  constructor(private readonly store: () => WaymarkStore | null, private readonly onLoaded: () => void) {}

  /** The seen ids of `userKey`; empty (and loading, then `onLoaded`) the first time a user is asked for. */
  seenBy(userKey: string): ReadonlySet<string> {
    if (userKey !== this.userKey) this.load(userKey);
    return this.ids;
  }

  /** Adds ids to what `userKey` has seen; true when any was new. */
  markSeen(userKey: string, itemIds: readonly string[]): boolean {
    if (userKey !== this.userKey) return false;
    const fresh = itemIds.filter((id) => !this.ids.has(id));
    if (!fresh.length) return false;
    for (const id of fresh) this.ids.add(id);
    // After the stored list is read (it is merged into `ids`), so the write keeps both.
    void (this.loading ?? Promise.resolve())
      .then(() => {
        const store = this.store();
        return store ? writeSeenItems(store, userKey, [...this.ids].slice(-MAX_SEEN)) : undefined;
      })
      .catch(() => {});
    return true;
  }

  private load(userKey: string): void {
    this.userKey = userKey;
    this.ids = new Set();
    const store = this.store();
    if (!store) return;
    const loading = (this.loading = readSeenItems(store, userKey).then((seen) => {
      if (this.loading !== loading) return;
      for (const id of seen) this.ids.add(id);
      this.onLoaded();
    }).catch(() => {}));
  }
}
