import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { BuilderOverlay } from './BuilderOverlay.ts';
import { deepElementFromPoint } from './deepElementFromPoint.ts';
import { inspectElement } from './inspectElement.ts';
import { nextElement } from './nextElement.ts';

/** Events the page must not see while picking: the click selects, it does not act. */
const SWALLOWED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'] as const;

export interface PickerCallbacks {
  onPick: (element: PickedElement) => void;
  onCancel: () => void;
}

/**
 * Element picker: hover highlights with a label (tag, accessible name, match count, stability);
 * click or Enter selects without the page's handlers running; Escape cancels; arrow keys move to
 * the parent, first child or siblings. Works inside open shadow roots (composed paths).
 */
export class Picker {
  private current: Element | null = null;
  private callbacks: PickerCallbacks | null = null;
  private active: AbortController | null = null;

  constructor(private readonly overlay: BuilderOverlay, private readonly ownHost: Element) {}

  get picking(): boolean {
    return this.callbacks !== null;
  }

  start(callbacks: PickerCallbacks): void {
    this.stop();
    this.callbacks = callbacks;
    this.active = new AbortController();
    const options = { capture: true, signal: this.active.signal };
    window.addEventListener('pointermove', (event) => this.onMove(event), options);
    for (const type of SWALLOWED) window.addEventListener(type, (event) => this.onPress(event), options);
    window.addEventListener('keydown', (event) => this.onKey(event), options);
    window.addEventListener('scroll', () => this.current && this.hover(this.current), { ...options, passive: true });
    this.overlay.showBanner({ text: 'Click an element to pick it · arrows move · Enter picks · Esc cancels', buttons: [{ label: 'Cancel', onClick: () => this.cancel() }] });
  }

  stop(): void {
    this.active?.abort();
    this.active = null;
    this.callbacks = null;
    this.current = null;
    this.overlay.hideHighlight();
    this.overlay.showBanner(null);
  }

  cancel(): void {
    const callbacks = this.callbacks;
    this.stop();
    callbacks?.onCancel();
  }

  dispose(): void {
    this.stop();
  }

  private targetOf(event: Event): Element | null {
    const first = event.composedPath()[0];
    if (!(first instanceof Element) || this.isOwn(first)) return null;
    return first;
  }

  private isOwn(element: Element): boolean {
    let node: Node | null = element;
    while (node) {
      if (node === this.ownHost || (node instanceof Element && node.localName === 'waymark-root')) return true;
      const root: Node = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : node.parentNode;
      if (node === document) return false;
    }
    return false;
  }

  private onMove(event: PointerEvent): void {
    if (!event.isTrusted) return;
    const target = this.targetOf(event) ?? deepElementFromPoint(event.clientX, event.clientY, this.ownHost);
    if (target && target !== this.current && !this.isOwn(target)) this.hover(target);
  }

  private hover(element: Element): void {
    this.current = element;
    const picked = inspectElement(element);
    const parts = [picked.label, picked.matches === 1 ? '1 match' : `${picked.matches} matches`, picked.stability];
    this.overlay.showHighlight(element, parts.join(' · '), { fragile: picked.stability === 'fragile', badMatch: picked.matches !== 1 });
  }

  /** Only the user's own input picks: a page script's synthetic events are left to the page. */
  private onPress(event: Event): void {
    if (!event.isTrusted || this.overlay.owns(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click') return;
    const target = this.targetOf(event);
    if (target) this.select(target);
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      this.swallow(event);
      this.cancel();
    } else if (event.key === 'Enter' && this.current) {
      this.swallow(event);
      this.select(this.current);
    } else if (event.key.startsWith('Arrow') && this.current) {
      this.swallow(event);
      const next = nextElement(this.current, event.key);
      if (next && !this.isOwn(next)) {
        next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        this.hover(next);
      }
    }
  }

  private select(element: Element): void {
    const callbacks = this.callbacks;
    const picked = inspectElement(element);
    this.stop();
    callbacks?.onPick(picked);
  }

  private swallow(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}
