import type { UrlRule } from '../../../shared/schema/urlRule.ts';

/** Path segments that look like record ids: numbers, UUIDs, long hex or mixed letter-digit tokens. */
const ID_SEGMENT = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,}|(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{10,})$/i;

export interface PageRuleSuggestion {
  /** This exact page. */
  exact: UrlRule;
  /** Pages like this one: id-like segments become `*`, or the page and everything below it. */
  wildcard: UrlRule;
}

/** Page rules prefilled from the current URL, with a wildcard suggestion. */
export function suggestPageRules(href: string): PageRuleSuggestion {
  const url = new URL(href);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const segments = path.split('/');
  const generalised = segments.map((segment) => (segment && ID_SEGMENT.test(segment) ? '*' : segment));
  const changed = generalised.some((segment, i) => segment !== segments[i]);
  const wildcard = changed ? generalised.join('/') : path === '/' ? '/**' : `${path}/**`;
  return { exact: { type: 'exact', value: path }, wildcard: { type: 'glob', value: wildcard } };
}
