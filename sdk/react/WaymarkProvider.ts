import { createElement, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { init, type InitOptions, type Waymark } from '../index.ts';
import { CallQueue } from './CallQueue.ts';
import { WaymarkContext } from './WaymarkContext.ts';

export interface WaymarkProviderProps {
  /** `init`'s options, read once when the provider mounts (give the provider a new `key` to start over). */
  options?: InitOptions;
  /** The signed-in user: given to `init` at mount, then `identify` is called whenever it changes. */
  userId?: string | null;
  traits?: Record<string, unknown>;
  /** The identity-verification hash of `userId` (see `server.userHash`). */
  userHash?: string;
  children?: ReactNode;
}

interface Kept {
  waymark: Waymark;
  userId: string | undefined;
  destroying?: ReturnType<typeof setTimeout>;
}

/**
 * One SDK instance for the tree below. It is created in an effect (never while rendering, so
 * server rendering and StrictMode's double render create none), and StrictMode's simulated
 * unmount and remount keep it: the destroy waits a task and the remount cancels it.
 */
export function WaymarkProvider({ options, userId, traits, userHash, children }: WaymarkProviderProps) {
  const [waymark, setWaymark] = useState<Waymark | null>(null);
  const [queue] = useState(() => new CallQueue());
  const kept = useRef<Kept | null>(null);

  useEffect(() => {
    let entry = kept.current;
    if (entry) {
      clearTimeout(entry.destroying);
    } else {
      const user = userId || undefined;
      const server = options?.server && userHash && user ? { ...options.server, userHash: options.server.userHash ?? userHash } : options?.server;
      const waymark = init({ ...options, ...(server ? { server } : {}), ...(user ? { userId: user } : {}), ...(traits ? { traits } : {}) });
      entry = kept.current = { waymark, userId: user };
    }
    const current = entry;
    queue.attach(current.waymark);
    setWaymark(current.waymark);
    return () => {
      current.destroying = setTimeout(() => {
        kept.current = null;
        queue.attach(null);
        current.waymark.destroy();
      });
    };
  }, []);

  useEffect(() => {
    const entry = kept.current;
    if (!entry || !userId || entry.userId === userId) return;
    entry.userId = userId;
    entry.waymark.identify(userId, traits, userHash ? { userHash } : undefined);
  }, [waymark, userId, userHash]);

  const value = useMemo(() => ({ waymark, queue }), [waymark, queue]);
  return createElement(WaymarkContext.Provider, { value }, children);
}
