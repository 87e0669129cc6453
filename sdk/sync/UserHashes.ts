import type { EventEnvelope } from '../../shared/schema/event.ts';

/** Longest wait for a `server.userHash` function before going on without the hash. */
const USER_HASH_TIMEOUT_MS = 4000;

/** The identity-verification hashes of the users this page signed in, sent with their events and state. */
export class UserHashes {
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly hashFor: ((userId: string) => string | Promise<string>) | undefined,
    private readonly onError: (message: string) => void,
  ) {}

  /** The hash given with `identify` or `init` (`given`), or asked of `server.userHash` when it is a function. */
  async of(userId: string, given: string | undefined): Promise<string | undefined> {
    if (!this.hashes.has(userId)) {
      // The server checks the hash; one it cannot use only leaves the user unverified.
      const ask = this.hashFor;
      const hash = given ?? (ask
        ? await Promise.race([Promise.resolve(userId).then(ask), new Promise<undefined>((resolve) => setTimeout(resolve, USER_HASH_TIMEOUT_MS))]).catch((error) =>
            this.onError(`server.userHash(${JSON.stringify(userId)}) failed: ${String(error)}`))
        : undefined);
      if (typeof hash === 'string') this.hashes.set(userId, hash);
    }
    return this.hashes.get(userId);
  }

  /** The hashes known for the users of these events. */
  forEvents(events: readonly EventEnvelope[]): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const { userId } of events) if (userId && this.hashes.has(userId)) out[userId] = this.hashes.get(userId)!;
    return Object.keys(out).length ? out : undefined;
  }
}
