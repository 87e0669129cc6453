import type { Anchor } from '../../shared/schema/anchor.ts';
import { resolveAnchor } from '../../shared/anchor/resolveAnchor.ts';

interface Pending {
  anchor: Anchor;
  onFound: (element: Element) => void;
  onTimeout: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Waits for anchors to appear with one MutationObserver shared by every pending anchor (no polling);
 * mutations are batched to one resolution pass per animation frame.
 */
export class AnchorWatcher {
  private pending = new Set<Pending>();
  private observer: MutationObserver | null = null;
  private scheduled = false;

  constructor(private readonly doc: Document = document) {}

  /** Calls `onFound` once the anchor resolves to one element, or `onTimeout` after `timeoutMs`. Returns a cancel function. */
  wait(anchor: Anchor, timeoutMs: number, onFound: (element: Element) => void, onTimeout: () => void): () => void {
    const now = resolveAnchor(anchor, this.doc);
    if (now.status === 'found') {
      onFound(now.element);
      return () => {};
    }
    const entry: Pending = {
      anchor,
      onFound,
      onTimeout,
      timer: setTimeout(() => {
        this.remove(entry);
        onTimeout();
      }, timeoutMs),
    };
    this.pending.add(entry);
    this.observe();
    return () => this.remove(entry);
  }

  disconnect(): void {
    for (const entry of this.pending) clearTimeout(entry.timer);
    this.pending.clear();
    this.observer?.disconnect();
    this.observer = null;
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.check();
    });
  }

  private check(): void {
    for (const entry of [...this.pending]) {
      const result = resolveAnchor(entry.anchor, this.doc);
      if (result.status === 'found') {
        this.remove(entry);
        entry.onFound(result.element);
      }
    }
  }

  private remove(entry: Pending): void {
    clearTimeout(entry.timer);
    this.pending.delete(entry);
    if (this.pending.size === 0) {
      this.observer?.disconnect();
      this.observer = null;
    }
  }
}
