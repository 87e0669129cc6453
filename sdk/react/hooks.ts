import { useCallback, useContext } from 'react';
import type { Waymark } from '../index.ts';
import { WaymarkContext } from './WaymarkContext.ts';

/** The provider's SDK instance: null until the provider has mounted in the browser (and during server rendering). */
export function useWaymark(): Waymark | null {
  return useContext(WaymarkContext)?.waymark ?? null;
}

/**
 * A stable `track(name, props)` for event handlers and effects. Calls made before the provider's
 * instance exists (a child's first effect runs before its parent's) are sent once it does.
 */
export function useTrack(): (name: string, props?: Record<string, unknown>) => void {
  const context = useContext(WaymarkContext);
  const queue = context?.queue;
  return useCallback((name: string, props?: Record<string, unknown>) => {
    if (queue) queue.run((waymark) => waymark.track(name, props));
    else console.warn(`waymark: useTrack() outside a <WaymarkProvider>: "${name}" was not tracked`);
  }, [queue]);
}
