import { createContext } from 'react';
import type { Waymark } from '../Waymark.ts';
import type { CallQueue } from './CallQueue.ts';

export interface WaymarkContextValue {
  /** The provider's instance once it is mounted in the browser; null before (and during server rendering). */
  waymark: Waymark | null;
  queue: CallQueue;
}

export const WaymarkContext = createContext<WaymarkContextValue | null>(null);
