export type NavKey = 'dashboard' | 'integrations' | 'widget' | 'team' | 'settings';

export interface PageContext {
  signal: AbortSignal;
  navigate: (path: string) => void;
  refresh: () => void;
}

export interface Route {
  path: string;
  nav: NavKey | null;
  render: (ctx: PageContext) => HTMLElement;
}

export interface RouterOptions {
  routes: readonly Route[];
  notFound: Route;
  outlet: HTMLElement;
  onRouteChange?: (route: Route, path: string) => void;
}

export interface Router {
  start: () => void;
  navigate: (path: string) => void;
  refresh: () => void;
}

function normalizePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function currentUrl(): string {
  return location.pathname + location.search + location.hash;
}

function findInternalLink(event: MouseEvent): URL | null {
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!anchor) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download') || anchor.relList.contains('external')) return null;

  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin) return null;
  const samePage = url.pathname === location.pathname && url.search === location.search;
  if (samePage && url.hash) return null;
  return url;
}

export function createRouter({ routes, notFound, outlet, onRouteChange }: RouterOptions): Router {
  let controller: AbortController | null = null;

  function match(pathname: string): Route {
    const path = normalizePath(pathname);
    return routes.find((r) => r.path === path) ?? notFound;
  }

  function render(moveFocus: boolean): void {
    controller?.abort();
    controller = new AbortController();
    const route = match(location.pathname);
    const page = route.render({ signal: controller.signal, navigate, refresh });
    outlet.replaceChildren(page);
    onRouteChange?.(route, location.pathname);

    if (moveFocus) {
      window.scrollTo(0, 0);
      const heading = outlet.querySelector('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
    window.dispatchEvent(new CustomEvent('chatly:route-changed', { detail: { path: location.pathname } }));
  }

  function navigate(path: string): void {
    if (path === currentUrl()) return;
    history.pushState(null, '', path);
    render(true);
  }

  function refresh(): void {
    render(false);
  }

  function onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = findInternalLink(event);
    if (!url) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }

  function start(): void {
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', () => render(false));
    render(false);
  }

  return { start, navigate, refresh };
}
