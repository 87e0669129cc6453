import type { AnchorResolution } from '../../shared/anchor/resolveAnchor.ts';
import type { Anchor } from '../../shared/schema/anchor.ts';
import type { AnchorWatcher } from './AnchorWatcher.ts';
import { loadAnchorPart, type AnchorPart } from './loadAnchorPart.ts';

const MISSING: AnchorResolution = { status: 'missing' };

/**
 * Anchors whose code arrives with the first bundle that points at an element (a tooltip, a
 * hotspot, an element trigger or condition, a click milestone): start-up waits for it before the
 * first evaluation, so the synchronous answers below are the real ones whenever a flow needs them.
 * Waiting for an anchor before the code arrives waits for the code too.
 */
export class LazyAnchors {
  private part: typeof AnchorPart | null = null;
  private watcher: AnchorWatcher | null = null;
  private loading: Promise<typeof AnchorPart | null> | null = null;

  constructor(private readonly onLoadFailed: (message: string) => void) {}

  /** Whether the code was asked for. */
  get requested(): boolean {
    return this.loading !== null;
  }

  /** Requests the code once; null when it failed to load (reported once, not retried on this page). */
  load(): Promise<typeof AnchorPart | null> {
    this.loading ??= loadAnchorPart().then(
      (part) => {
        this.part = part;
        this.watcher = new part.AnchorWatcher();
        return part;
      },
      (error: unknown) => {
        this.onLoadFailed(`could not load the SDK's anchors (waymark.anchors.js next to the SDK script): ${String(error)}`);
        return null;
      },
    );
    return this.loading;
  }

  resolve(anchor: Anchor, doc?: Document): AnchorResolution {
    return this.part ? this.part.resolveAnchor(anchor, doc) : MISSING;
  }

  /** Every element the anchor means (see `anchorElements`); none before the code is here. */
  elements(anchor: Anchor, doc?: Document): Element[] {
    return this.part ? this.part.anchorElements(anchor, doc) : [];
  }

  /** `AnchorWatcher.wait`; before the code is here, it is loaded first (the timeout counts from now). */
  wait(anchor: Anchor, timeoutMs: number, onFound: (element: Element) => void, onTimeout: () => void): () => void {
    if (this.watcher) return this.watcher.wait(anchor, timeoutMs, onFound, onTimeout);
    const since = Date.now();
    let cancelled = false;
    let stop: (() => void) | undefined;
    void this.load().then(() => {
      if (cancelled) return;
      if (!this.watcher) return onTimeout();
      stop = this.watcher.wait(anchor, Math.max(0, timeoutMs - (Date.now() - since)), onFound, onTimeout);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }

  /** `AnchorWatcher.follow` (the element came from `wait`, so the code is here). */
  follow(anchor: Anchor, element: Element, onMoved: (element: Element) => void): () => void {
    return this.watcher ? this.watcher.follow(anchor, element, onMoved) : () => {};
  }

  disconnect(): void {
    this.watcher?.disconnect();
  }
}

/** Whether a bundle points at an element anywhere: an `anchor` (steps, element conditions, click milestones) or an element trigger. */
export function pointsAtElements(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(pointsAtElements);
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const inner = (value as Record<string, unknown>)[key];
    if ((key === 'anchor' || key === 'elementPresent') && inner) return true;
    if (typeof inner === 'object' && pointsAtElements(inner)) return true;
  }
  return false;
}
