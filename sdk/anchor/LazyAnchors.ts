import type { AnchorResolution } from '../../shared/anchor/resolveAnchor.ts';
import type { Anchor } from '../../shared/schema/anchor.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Milestone } from '../../shared/schema/milestone.ts';
import type { PageLocation } from '../../shared/targeting/matchUrlRule.ts';
import { mayStartHere } from '../ui/uiChunks.ts';
import { yieldToMain } from '../yieldToMain.ts';
import type { AnchorWatcher } from './AnchorWatcher.ts';
import { loadAnchorPart, type AnchorPart } from './loadAnchorPart.ts';

const MISSING: AnchorResolution = { status: 'missing' };

/**
 * Anchors whose code arrives when the bundle points at an element where it may matter at once (a
 * flow that may start on this page with a tooltip, a hotspot or an anchored survey; an element
 * trigger or condition; a click milestone): start-up waits for it before the first evaluation, so
 * the synchronous answers below are the real ones then. A flow that points at elements and starts
 * later (by hand, on an event, on another page) waits for the code before it starts.
 */
export class LazyAnchors {
  private part: typeof AnchorPart | null = null;
  private watcher: AnchorWatcher | null = null;
  private loading: Promise<typeof AnchorPart | null> | null = null;
  private done = false;

  constructor(private readonly onLoadFailed: (message: string) => void) {}

  /** Whether the code was asked for. */
  get requested(): boolean {
    return this.loading !== null;
  }

  /** Whether the code is here. */
  get available(): boolean {
    return this.part !== null;
  }

  /** Whether the code is here, or failed to load. */
  get settled(): boolean {
    return this.done;
  }

  /** Requests the code once; null when it failed to load (reported once, not retried on this page). */
  load(): Promise<typeof AnchorPart | null> {
    this.loading ??= loadAnchorPart()
      .then((part) => {
        this.watcher = new part.AnchorWatcher();
        this.part = part;
        this.done = true;
        return part;
      })
      .catch((error: unknown) => {
        this.done = true;
        this.onLoadFailed(`could not load the SDK's anchors (waymark.anchors.js next to the SDK script): ${String(error)}`);
        return null;
      });
    return this.loading;
  }

  resolve(anchor: Anchor, doc?: Document): AnchorResolution {
    return this.part ? this.part.resolveAnchor(anchor, doc) : MISSING;
  }

  /** Every element the anchor means (see `anchorElements`); none before the code is here. */
  elements(anchor: Anchor, doc?: Document): Element[] {
    return this.part ? this.part.anchorElements(anchor, doc) : [];
  }

  /**
   * `AnchorWatcher.wait`, from the next task (the rules that asked for it have run in this one);
   * before the code is here, it is loaded first. The timeout counts from now.
   */
  wait(anchor: Anchor, timeoutMs: number, onFound: (element: Element) => void, onTimeout: () => void): () => void {
    const since = Date.now();
    let cancelled = false;
    let stop: (() => void) | undefined;
    void (this.watcher ? yieldToMain() : this.load()).then(() => {
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

/** Whether what starts on this page may depend on an element: see `LazyAnchors`. */
export function anchorsToPrepare(flows: readonly Flow[], milestones: readonly Milestone[], page: PageLocation): boolean {
  return pointsAtElements(milestones) || flows.some((flow) => pointsAtElements(flow.trigger) || pointsAtElements(flow.audience) || (mayStartHere(flow, page) && pointsAtElements(flow)));
}

/** Whether a bundle, a flow or a part of one points at an element anywhere: an `anchor` (steps, element conditions, click milestones) or an element trigger. */
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
