import { isSafeUrl } from '../shared/schema/safeUrl.ts';

/**
 * Follows a button's URL: a new tab, the app's own `navigate` option, an SPA-style history push
 * (plus `popstate`, so routers follow) on this origin, or a full load elsewhere. Returns an error
 * message for an unsafe URL instead of going there.
 */
export function navigate(url: string, newTab: boolean, appNavigate: ((url: string) => void) | undefined): string | null {
  if (!isSafeUrl(url)) return `refused to navigate to unsafe URL ${JSON.stringify(url)}`;
  const target = new URL(url, location.href);
  if (newTab) {
    window.open(target.href, '_blank', 'noopener');
  } else if (appNavigate) {
    appNavigate(target.href);
  } else if (target.origin === location.origin) {
    history.pushState(null, '', target.href);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  } else {
    location.assign(target.href);
  }
  return null;
}
