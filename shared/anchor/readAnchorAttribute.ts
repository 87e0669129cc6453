/** The path (and query) of a link, so the same link on another host or base still agrees. */
function hrefPath(href: string, element: Element): string {
  const base = /^https?:/.test(element.ownerDocument.baseURI) ? element.ownerDocument.baseURI : 'http://localhost/';
  try {
    const url = new URL(href, base);
    return url.protocol.startsWith('http') ? url.pathname : href;
  } catch {
    return href;
  }
}

/** An attribute as a fingerprint stores it (`href` as its path), or null when the element lacks it. */
export function readAnchorAttribute(element: Element, name: string): string | null {
  const value = element.getAttribute(name);
  if (value === null) return null;
  return (name === 'href' ? hrefPath(value, element) : value).slice(0, 300);
}
