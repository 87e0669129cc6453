import type { VirtualElement } from '@floating-ui/dom';

const hasNoBox = (anchor: Element) => {
  try {
    return getComputedStyle(anchor).display === 'contents';
  } catch {
    return false;
  }
};

/**
 * What a card is placed against for an anchor. An element with `display: contents` (a framework's
 * wrapper, a web component's host styled so) draws no box: its rect is all zeros, so a card on it
 * would hide as if its element had gone. Its box is then the one its contents draw.
 */
export function layoutBox(anchor: Element): Element | VirtualElement {
  if (!hasNoBox(anchor)) return anchor;
  return {
    contextElement: anchor,
    getBoundingClientRect() {
      const range = anchor.ownerDocument.createRange();
      range.selectNodeContents(anchor);
      return range.getBoundingClientRect();
    },
  };
}

/** The element to scroll into view for an anchor: itself, or for a box-less one its first child that has a box. */
export function scrollTargetOf(anchor: Element): Element {
  if (!hasNoBox(anchor)) return anchor;
  for (const child of anchor.children) if (child.getClientRects().length) return child;
  return anchor;
}
