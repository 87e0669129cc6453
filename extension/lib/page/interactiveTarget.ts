const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [tabindex]:not([tabindex^="-"])';

/**
 * The element a click was meant for: the nearest interactive element on the composed path, else the target.
 * A negative tabindex (a skip link's `<main tabindex="-1">`) makes an element focusable from script, not a control.
 */
export function interactiveTarget(path: readonly EventTarget[]): Element | null {
  const elements = path.filter((node): node is Element => node instanceof Element);
  for (const element of elements) {
    if (element.localName === 'body' || element.localName === 'html') break;
    if (element.matches(INTERACTIVE)) return element;
  }
  return elements[0] ?? null;
}
