/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const focusableSelector = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusableSelector));
}

/** Keeps Tab and Shift+Tab inside `container`. */
export function trapTab(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab') return;
  const items = focusableIn(container);
  if (!items.length) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Focuses the first primary button, else the first focusable, else the container itself. */
export function focusInitial(container: HTMLElement): void {
  const target = container.querySelector<HTMLElement>('.wm-btn-primary') ?? focusableIn(container)[0] ?? container;
  target.focus({ preventScroll: true });
}

