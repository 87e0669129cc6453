import type { Anchor } from '../../shared/schema/anchor.ts';
import { openShadowRoots } from '../../shared/anchor/openShadowRoots.ts';
import { resolveAnchor } from '../../shared/anchor/resolveAnchor.ts';

interface Pending {
  anchor: Anchor;
  onFound: (element: Element) => void;
  onTimeout: () => void;
  timer: ReturnType<typeof setTimeout>;
}

interface Following {
  anchor: Anchor;
  element: Element;
  onMoved: (element: Element) => void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

/**
 * Waits for anchors to appear, and follows shown ones that the app renders anew, with one
 * MutationObserver shared by every anchor (no polling);
 * mutations are batched to one resolution pass per animation frame. The observer watches the
 * document and every open shadow root in it (a MutationObserver does not see into shadow trees):
 * those present when it starts, and those that arrive with added elements.
 */
export class AnchorWatcher {
  private pending = new Set<Pending>();
  private following = new Set<Following>();
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private observed = new WeakSet<Node>();

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

  /**
   * Calls `onMoved` whenever the element an anchor resolved to leaves the page and the anchor
   * resolves to another one: an app that renders it anew (a tab re-mounted on each choice, a list
   * re-rendered with new keys). Returns a cancel function.
   */
  follow(anchor: Anchor, element: Element, onMoved: (element: Element) => void): () => void {
    const entry: Following = { anchor, element, onMoved };
    this.following.add(entry);
    this.observe();
    return () => {
      this.following.delete(entry);
      this.stopWhenIdle();
    };
  }

  disconnect(): void {
    for (const entry of this.pending) clearTimeout(entry.timer);
    this.pending.clear();
    this.following.clear();
    this.observer?.disconnect();
    this.observer = null;
  }

  private observe(): void {
    if (this.observer) return;
    this.observed = new WeakSet();
    this.observer = new MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) this.observeShadowsIn(node);
      this.schedule();
    });
    this.observeRoot(this.doc.documentElement);
    for (const root of openShadowRoots(this.doc)) this.observeRoot(root);
  }

  private observeRoot(root: Node): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /** Observes the open shadow roots of an added element and of everything inside it, nested ones included. */
  private observeShadowsIn(node: Node): void {
    if (!(node instanceof Element)) return;
    const pending: Array<Element | ShadowRoot> = [node];
    while (pending.length > 0) {
      const scope = pending.pop()!;
      const elements = scope instanceof Element ? [scope, ...Array.from(scope.querySelectorAll('*'))] : Array.from(scope.querySelectorAll('*'));
      for (const element of elements) {
        const root = element.shadowRoot;
        if (root && !this.observed.has(root)) {
          this.observeRoot(root);
          pending.push(root);
        }
      }
    }
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
    for (const entry of [...this.following]) {
      if (entry.element.isConnected) continue;
      const result = resolveAnchor(entry.anchor, this.doc);
      if (result.status === 'found' && result.element !== entry.element) {
        entry.element = result.element;
        entry.onMoved(result.element);
      }
    }
  }

  private remove(entry: Pending): void {
    clearTimeout(entry.timer);
    this.pending.delete(entry);
    this.stopWhenIdle();
  }

  private stopWhenIdle(): void {
    if (this.pending.size > 0 || this.following.size > 0) return;
    this.observer?.disconnect();
    this.observer = null;
  }
}
