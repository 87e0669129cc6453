/** The path of a page URL without trailing slash (`/` for the root), for step page rules. */
export function pathOf(href: string): string {
  try {
    return new URL(href).pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '/';
  }
}
