/** The element above `element`, stepping out of a shadow root to its host. */
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** First child element, looking into an open shadow root first. */
export function firstChildOf(element: Element): Element | null {
  return element.shadowRoot?.firstElementChild ?? element.firstElementChild;
}

/** Where an arrow key moves the picker: up = parent, down = first child, left/right = siblings. */
export function nextElement(element: Element, key: string): Element | null {
  switch (key) {
    case 'ArrowUp': {
      const parent = parentOf(element);
      return parent && parent !== element.ownerDocument.documentElement ? parent : null;
    }
    case 'ArrowDown':
      return firstChildOf(element);
    case 'ArrowLeft':
      return element.previousElementSibling;
    case 'ArrowRight':
      return element.nextElementSibling;
    default:
      return null;
  }
}
