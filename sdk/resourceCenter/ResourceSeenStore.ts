/** The part of the SDK's storage this needs: small string values by key. */
export interface MetaStore {
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

const MAX_SEEN = 500;

/** Which "What's new" items each user has seen, one stored list per user. */
export class ResourceSeenStore {
  private userKey: string | null = null;
  private ids = new Set<string>();
  private loading: Promise<void> | null = null;

  constructor(private readonly store: () => MetaStore | null, private readonly onLoaded: () => void) {}

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
    void (this.loading ?? Promise.resolve()).then(() => this.store()?.setMeta(this.key(userKey), JSON.stringify([...this.ids].slice(-MAX_SEEN)))).catch(() => {});
    return true;
  }

  private load(userKey: string): void {
    this.userKey = userKey;
    this.ids = new Set();
    const store = this.store();
    if (!store) return;
    const loading = (this.loading = store.getMeta(this.key(userKey)).then((value) => {
      if (this.loading !== loading) return;
      const parsed: unknown = value ? JSON.parse(value) : [];
      if (Array.isArray(parsed)) for (const id of parsed) if (typeof id === 'string') this.ids.add(id);
      this.onLoaded();
    }).catch(() => {}));
  }

  private key(userKey: string): string {
    return `resourceCenterSeen|${userKey}`;
  }
}
